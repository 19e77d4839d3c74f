import BetterSqlite3 from 'better-sqlite3';
import { ConcurrencyError } from '../../port/concurrency-error';
import type { AppendResult, ExpectedRevision } from '../../port/event-store.port';
import type { Outcome } from './group-commit.queue';
import type { AppendParts, SqliteStoreStats } from './sqlite-append.writer';
import type { SqliteEventStoreOptions } from './sqlite-event-store.options';

/** What the writer thread is started with: the file and the same pragmas as the store's. */
export interface WriterThreadData {
  readonly file: string;
  readonly options: Required<SqliteEventStoreOptions>;
}

/** To the thread: write these appends in one transaction, or close the connection. */
export type ToWriter =
  | { readonly kind: 'write'; readonly id: number; readonly requests: readonly AppendParts[] }
  | { readonly kind: 'close' };

/**
 * From the thread: each append's outcome (the batch was committed), or the batch failed whole.
 * The stats are the thread's counters after this commit.
 */
export type FromWriter =
  | {
      readonly kind: 'written';
      readonly id: number;
      readonly outcomes: readonly WireOutcome[];
      readonly stats: SqliteStoreStats;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly error: WireError };

export type WireOutcome =
  | { readonly ok: true; readonly value: AppendResult[] }
  | { readonly ok: false; readonly error: WireError };

/**
 * An error as it crosses the thread. Structured cloning keeps only an Error's message and
 * stack, not its class or fields, and callers tell a conflict from a reused event id by both.
 */
export type WireError =
  | {
      readonly kind: 'conflict';
      readonly stream: string;
      readonly expected: ExpectedRevision;
      readonly actual: bigint | 'no_stream';
    }
  | {
      readonly kind: 'error';
      readonly name: string;
      readonly message: string;
      readonly code?: string;
      readonly stack?: string;
    };

export function toWire(error: unknown): WireError {
  if (error instanceof ConcurrencyError) {
    const { stream, expected, actual } = error;
    return { kind: 'conflict', stream, expected, actual };
  }
  const {
    name = 'Error',
    message = String(error),
    code,
    stack,
  } = (error ?? {}) as { name?: string; message?: string; code?: unknown; stack?: string };
  return { kind: 'error', name, message, code: typeof code === 'string' ? code : undefined, stack };
}

/** The error the caller would have had from a write on its own thread. */
export function fromWire(wire: WireError): Error {
  if (wire.kind === 'conflict')
    return new ConcurrencyError(wire.stream, wire.expected, wire.actual);
  const error =
    wire.code !== undefined && wire.name === 'SqliteError'
      ? new BetterSqlite3.SqliteError(wire.message, wire.code)
      : Object.assign(new Error(wire.message), { name: wire.name, code: wire.code });
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}

export function outcomesToWire(outcomes: readonly Outcome<AppendResult[]>[]): WireOutcome[] {
  return outcomes.map((o) => (o.ok ? o : { ok: false, error: toWire(o.error) }));
}

export function outcomesFromWire(outcomes: readonly WireOutcome[]): Outcome<AppendResult[]>[] {
  return outcomes.map((o) => (o.ok ? o : { ok: false, error: fromWire(o.error) }));
}
