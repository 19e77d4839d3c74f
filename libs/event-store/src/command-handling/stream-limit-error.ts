/**
 * A command would take a stream past its configured maximum length. Every command reads and
 * folds the whole stream, so an unbounded stream would make each request slower than the last.
 */
export class StreamLimitError extends Error {
  readonly code = 'STREAM_LIMIT_REACHED';

  constructor(
    readonly stream: string,
    readonly limit: number,
  ) {
    super(`Stream ${stream} has reached its limit of ${limit} events`);
    this.name = 'StreamLimitError';
  }
}
