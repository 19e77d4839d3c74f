import type { Database, Transaction } from 'better-sqlite3';
import { ConcurrencyError } from '../../port/concurrency-error';
import { GENESIS_HASH, linkEvents } from '../../hash-chain/hash-chain';
import type { AppendResult, ExpectedRevision, Json } from '../../port/event-store.port';
import { checkExpectedRevision } from '../shared/expected-revision';
import type { Outcome } from './group-commit.queue';
import type { SerializedEvent } from './sqlite-event-row.mapper';
import type { SqliteEventQueries } from './sqlite-event.queries';

export interface AppendRequest {
  readonly stream: string;
  readonly events: readonly SerializedEvent[];
  readonly expectedRevision: ExpectedRevision;
  /** Link the events into the stream's hash chain inside the write (see AppendOptions). */
  readonly linkChain?: boolean;
}

/** What one caller asked for: an append to one stream, or to several all or nothing. */
export type AppendParts = readonly AppendRequest[];

/** Counters for tests and the benchmark: how many appends each commit carried. */
export interface SqliteStoreStats {
  /** Write transactions committed. */
  readonly commits: number;
  /** Appends attempted inside those transactions, successful or not. */
  readonly appends: number;
  /** Events written. */
  readonly events: number;
}

/**
 * Writes a batch of appends in one IMMEDIATE transaction (one fsync), each append on its own:
 * a conflict or a duplicate event id undoes that append alone (a multi-event or multi-stream
 * append runs in a savepoint for that), and later appends to the same stream see the revisions
 * written by earlier ones in the batch, so of many appends at the same expected revision
 * exactly one wins.
 */
export class SqliteAppendWriter {
  private counters = { commits: 0, appends: 0, events: 0 };
  private readonly writeOne: Transaction<(parts: AppendParts, created: string) => AppendResult[]>;
  private readonly writeAll: Transaction<
    (requests: readonly AppendParts[]) => Outcome<AppendResult[]>[]
  >;

  constructor(
    private readonly db: Database,
    private readonly queries: SqliteEventQueries,
  ) {
    // Called inside writeAll, better-sqlite3 runs this as a SAVEPOINT rather than a transaction.
    this.writeOne = db.transaction((parts: AppendParts, created: string) =>
      parts.map((part) => this.append(part, created)),
    );
    this.writeAll = db.transaction((requests: readonly AppendParts[]) => {
      // One clock reading per commit: the events became durable together.
      const created = new Date().toISOString();
      return requests.map((parts) => this.attempt(parts, created));
    });
  }

  get stats(): SqliteStoreStats {
    return { ...this.counters };
  }

  /** Throws only when the whole transaction failed, in which case nothing was written. */
  write(requests: readonly AppendParts[]): Outcome<AppendResult[]>[] {
    // IMMEDIATE takes the write lock before reading revisions, so another process cannot slip
    // an append in between the check and the insert (and busy_timeout applies to the wait).
    const outcomes = this.writeAll.immediate(requests);
    this.counters.commits++;
    this.counters.appends += requests.length;
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) for (const part of requests[i]!) this.counters.events += part.events.length;
    }
    return outcomes;
  }

  private attempt(parts: AppendParts, created: string): Outcome<AppendResult[]> {
    try {
      // A single INSERT that fails is undone by SQLite on its own (statement atomicity), and the
      // revision check fails before anything is written, so only an append of several events
      // (to one stream or several) needs the cost of a savepoint to be all-or-nothing.
      const value =
        parts.length === 1 && parts[0]!.events.length <= 1
          ? [this.append(parts[0]!, created)]
          : this.writeOne(parts, created);
      return { ok: true, value };
    } catch (error) {
      // A conflict or a constraint (a reused event id) belongs to this append alone. Anything
      // else (I/O, a full disk) may have ended the transaction, so it fails the whole batch
      // rather than letting later appends run outside any transaction.
      const ownFault = error instanceof ConcurrencyError || isConstraintError(error);
      if (ownFault && this.db.inTransaction) return { ok: false, error };
      throw error;
    }
  }

  private append(request: AppendRequest, created: string): AppendResult {
    const { stream, expectedRevision } = request;
    const current = this.queries.streamRevision.get(stream) ?? -1n;
    checkExpectedRevision(stream, expectedRevision, current);
    const events = request.linkChain ? this.link(request, current) : request.events;
    if (events.length === 0) {
      const last = this.queries.lastPosition.get() ?? 0n;
      return { nextExpectedRevision: current, position: { commit: last, prepare: last } };
    }
    let revision = current;
    let position = 0n;
    for (const event of events) {
      revision++;
      const { lastInsertRowid } = this.queries.insertEvent.run(
        stream,
        revision,
        event.id,
        event.type,
        event.data,
        event.metadata,
        created,
      );
      position = BigInt(lastInsertRowid);
    }
    this.queries.saveStreamRevision.run(stream, revision);
    return { nextExpectedRevision: revision, position: { commit: position, prepare: position } };
  }

  /**
   * Links the events after the stream's head inside the write transaction, which holds
   * SQLite's write lock (IMMEDIATE): no other connection, in this process or another, can
   * append to the stream between reading its head and inserting after it.
   */
  private link({ stream, events }: AppendRequest, current: bigint): SerializedEvent[] {
    const head = current >= 0n ? this.queries.eventMetadata.get(stream, current) : undefined;
    const prevHash =
      (head === undefined ? undefined : (JSON.parse(head) as { hash?: unknown }).hash) ??
      GENESIS_HASH;
    const parsed = events.map((e) => ({
      id: e.id,
      type: e.type,
      data: JSON.parse(e.data) as Json,
      metadata: JSON.parse(e.metadata) as Json,
    }));
    return linkEvents(stream, parsed, current + 1n, String(prevHash)).map((e, i) => ({
      ...events[i]!,
      metadata: JSON.stringify(e.metadata),
    }));
  }
}

function isConstraintError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}
