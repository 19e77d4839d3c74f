import { ConcurrencyError } from '../../port/concurrency-error';
import type { ExpectedRevision } from '../../port/event-store.port';

/**
 * Checks a stream's current revision (-1n when it does not exist) against what the writer
 * expected, with EventStoreDB's meaning of each mode, throwing the port's ConcurrencyError.
 */
export function checkExpectedRevision(
  stream: string,
  expected: ExpectedRevision,
  current: bigint,
): void {
  const exists = current >= 0n;
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && !exists) ||
    (expected === 'stream_exists' && exists) ||
    (typeof expected === 'bigint' && expected === current);
  if (!ok) throw new ConcurrencyError(stream, expected, exists ? current : 'no_stream');
}
