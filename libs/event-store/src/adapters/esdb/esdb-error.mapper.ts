import { ErrorType, isCommandError } from '@eventstore/db-client';
import { ConcurrencyError, StoreUnavailableError } from '../../port/concurrency-error';
import type { ExpectedRevision } from '../../port/event-store.port';

/**
 * The client's error types that mean "the server could not be reached or gave up": the gRPC
 * statuses UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED (the server's own timeout) and CANCELLED
 * (the server cancelled, e.g. on shutdown), and NOT_LEADER (a cluster election under way).
 */
const CONNECTION_FAILURES: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/** Raw gRPC status codes, for errors that reach us without the client's conversion. */
const CONNECTION_STATUS_CODES: ReadonlySet<number> = new Set([1, 4, 10, 14]);

export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (isCommandError(error)) return CONNECTION_FAILURES.has(error.type);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'number') return CONNECTION_STATUS_CODES.has(code);
  // Cluster discovery gives up with a plain Error once every seed has failed.
  return /Failed to discover/.test(error.message);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Connection failures become the port's StoreUnavailableError (the caller may retry: an append
 * that timed out may or may not have been written, and its expected revision makes a retry
 * safe). Anything else (access denied, a deleted stream, a bad argument) is passed on as is.
 */
export function toPortError(error: unknown, action: string): unknown {
  if (error instanceof StoreUnavailableError || error instanceof ConcurrencyError) return error;
  if (isConnectionFailure(error)) {
    return new StoreUnavailableError(`EventStoreDB could not ${action}: ${describe(error)}`, {
      cause: error,
    });
  }
  return error;
}

/**
 * WrongExpectedVersionError carries the current revision as a bigint or 'no_stream'. Errors
 * built from a gRPC status by older servers may say -1 for a missing stream; that is mapped to
 * 'no_stream' as well.
 */
export function toConcurrencyError(
  error: unknown,
  stream: string,
  expected: ExpectedRevision,
): ConcurrencyError | undefined {
  if (!(error instanceof Error) || !isCommandError(error)) return undefined;
  if (error.type !== ErrorType.WRONG_EXPECTED_VERSION) return undefined;
  const actual = error.actualVersion;
  return new ConcurrencyError(
    stream,
    expected,
    typeof actual === 'bigint' && actual >= 0n ? actual : 'no_stream',
  );
}
