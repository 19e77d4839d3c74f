import type { Database } from 'better-sqlite3';
import { StoreUnavailableError } from '../../port/concurrency-error';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../../port/event-store.port';
import { AppendSignal } from '../shared/append-signal';
import { CatchUpSubscription } from '../shared/catch-up-subscription';
import { assertDistinctStreams } from '../shared/stream-appends';
import { GroupCommitQueue, type Outcome } from './group-commit.queue';
import { PositionPoller } from './position.poller';
import {
  type AppendParts,
  type AppendRequest,
  SqliteAppendWriter,
  type SqliteStoreStats,
} from './sqlite-append.writer';
import { openSqliteConnection } from './sqlite-connection.factory';
import { type EventRow, serializeEvent, toRecordedEvent } from './sqlite-event-row.mapper';
import { HIGHEST, LOWEST, SqliteEventQueries } from './sqlite-event.queries';
import { SQLITE_DEFAULTS, type SqliteEventStoreOptions } from './sqlite-event-store.options';
import { SqliteWriterThread } from './sqlite-writer.thread';

/**
 * The embedded default store (architecture decisions 4 and 7): one SQLite file in WAL mode,
 * an append acknowledged only once synced, and concurrent appends sharing a commit. Other
 * processes may open the same file; their appends reach subscriptions here by polling.
 */
export class SqliteEventStore implements EventStore {
  private readonly options: Required<SqliteEventStoreOptions>;
  private readonly db: Database;
  private readonly queries: SqliteEventQueries;
  /** Where appends are written: on this thread, or on a writer thread of their own. */
  private readonly writer: SqliteAppendWriter | SqliteWriterThread;
  private readonly queue: GroupCommitQueue<AppendParts, AppendResult[]>;
  private readonly signal = new AppendSignal();
  private readonly poller: PositionPoller;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly commitListeners = new Set<() => void>();
  private closed = false;
  private closing?: Promise<void>;

  constructor(
    readonly file: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.options = { ...SQLITE_DEFAULTS, ...options };
    this.db = openSqliteConnection(file, this.options);
    this.queries = new SqliteEventQueries(this.db);
    this.writer = this.options.writerThread
      ? new SqliteWriterThread({ file, options: this.options })
      : new SqliteAppendWriter(this.db, this.queries);
    this.queue = new GroupCommitQueue(
      (requests) => this.writeBatch(requests),
      (cause) => new StoreUnavailableError('The append could not be committed', { cause }),
      Math.max(1, this.options.maxAppendsPerCommit),
    );
    this.poller = new PositionPoller(
      () => this.queries.lastPosition.get() ?? null,
      () => this.signal.notify(),
      this.options.pollMs,
    );
  }

  /**
   * Calls `listener` after each commit that stored at least one append, so another connection
   * to this file (a worker thread's) can be told to look now instead of at its next poll.
   * Returns a function that removes it.
   */
  onCommitted(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /**
   * Looks for appends made through other connections now, rather than at the next poll (the
   * wake-up a worker thread gets when the main thread's connection commits).
   */
  checkForAppends(): void {
    if (!this.closed) this.poller.checkNow();
  }

  /** How many commits carried how many appends since this store was opened. */
  stats(): SqliteStoreStats {
    return this.writer.stats;
  }

  /** The connection's settings as SQLite reports them (for checks and operations). */
  pragmas(): {
    journalMode: string;
    synchronous: number;
    busyTimeoutMs: number;
    schemaVersion: number;
  } {
    this.assertOpen();
    const read = (name: string) => this.db.pragma(name, { simple: true });
    return {
      journalMode: String(read('journal_mode')),
      synchronous: Number(read('synchronous')),
      busyTimeoutMs: Number(read('busy_timeout')),
      schemaVersion: Number(read('user_version')),
    };
  }

  async appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    this.assertOpen();
    const [result] = await this.submit([requestOf({ stream, events, options })]);
    return result!;
  }

  /** One request in the group commit: the streams' events are written in one savepoint. */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    this.assertOpen();
    assertDistinctStreams(appends);
    return this.submit(appends.map(requestOf));
  }

  private async submit(parts: AppendParts): Promise<AppendResult[]> {
    if (this.options.groupCommit) return this.queue.submit(parts);
    let outcome;
    try {
      outcome = (await this.writeBatch([parts]))[0]!;
    } catch (cause) {
      throw new StoreUnavailableError('The append could not be committed', { cause });
    }
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const limit = limitOf(options.maxCount);
    const from = this.startRevision(stream, options.fromRevision, backwards);
    const rows = this.read(() =>
      backwards
        ? this.queries.streamBackwards.all(stream, from, limit)
        : this.queries.streamForwards.all(stream, from, limit),
    );
    return (rows as EventRow[]).map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    // 'start' and 'end' leave the range open in either direction, as in the memory store.
    const at = from === 'start' || from === 'end' ? (backwards ? HIGHEST : LOWEST) : from.commit;
    const rows = this.read(() =>
      this.queries.readAll(backwards, at, limitOf(options.maxCount), options.filter),
    );
    return (rows as EventRow[]).map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.assertOpen();
    // No poll interval here: the store's one poller wakes the signal for other processes'
    // appends, and the signal alone wakes it for this process's.
    const inner = new CatchUpSubscription(
      (o) => this.readAll(o),
      this.signal,
      options,
      undefined,
      this.options.catchUpPageSize,
    );
    const { subscriptions, poller } = this;
    subscriptions.add(inner);
    return {
      async *[Symbol.asyncIterator]() {
        poller.acquire();
        try {
          yield* inner;
        } finally {
          poller.release();
          subscriptions.delete(inner);
        }
      },
      close: () => {
        subscriptions.delete(inner);
        return inner.close();
      },
    };
  }

  /**
   * What the hash chains cannot see, checked on the file itself: SQLite's own page check
   * (`PRAGMA quick_check`), and the `streams` table (each stream's revision, used by the
   * expected-revision check) against the events it summarises. A stream whose last events were
   * deleted with the table left alone, or the table edited alone, shows here.
   */
  async integrityReport(): Promise<{
    readonly pages: readonly string[];
    readonly streamsTable: readonly {
      readonly stream: string;
      readonly recorded: bigint | null;
      readonly actual: bigint | null;
    }[];
  }> {
    this.assertOpen();
    return this.read(() => {
      const pages = (this.db.pragma('quick_check', { simple: false }) as { quick_check: string }[])
        .map((r) => r.quick_check)
        .filter((r) => r !== 'ok');
      const streamsTable = this.db
        .prepare<[], { stream: string; recorded: bigint | null; actual: bigint | null }>(
          `SELECT stream, max(r) AS recorded, max(a) AS actual FROM (
             SELECT stream, revision AS r, NULL AS a FROM streams
             UNION ALL
             SELECT stream, NULL, max(revision) FROM events GROUP BY stream
           ) GROUP BY stream HAVING max(r) IS NOT max(a) ORDER BY stream`,
        )
        .all();
      return { pages, streamsTable };
    });
  }

  async ping(): Promise<void> {
    this.assertOpen();
    this.db.prepare('SELECT 1').get();
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // No append is accepted from now on, and those already accepted are written before the
    // file is closed, not dropped.
    this.closed = true;
    await this.queue.drain();
    if (this.writer instanceof SqliteWriterThread) await this.writer.close();
    this.poller.stop();
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.signal.wakeAll();
    this.db.close();
  }

  private writeBatch(
    requests: readonly AppendParts[],
  ): Outcome<AppendResult[]>[] | Promise<Outcome<AppendResult[]>[]> {
    const { writer } = this;
    if (writer instanceof SqliteAppendWriter) return this.committed(writer.write(requests));
    return writer.write(requests).then((outcomes) => this.committed(outcomes));
  }

  /** Tells subscriptions here, and listeners, that a commit stored something. */
  private committed(outcomes: Outcome<AppendResult[]>[]): Outcome<AppendResult[]>[] {
    if (outcomes.some((o) => o.ok)) {
      this.signal.notify();
      // Committed whatever a listener does: its failure must not turn into a failed append.
      for (const listener of this.commitListeners) {
        try {
          listener();
        } catch {
          // The listener's other end polls as well, so a lost wake-up only delays it.
        }
      }
    }
    return outcomes;
  }

  /** The inclusive first revision to read, with the meanings slice-stream gives the memory store. */
  private startRevision(
    stream: string,
    from: ReadStreamOptions['fromRevision'],
    backwards: boolean,
  ): bigint {
    if (from === 'start') return 0n;
    // Forwards from 'end' reads just the last event, as it does in the memory store.
    if (from === 'end')
      return backwards ? HIGHEST : (this.queries.streamRevision.get(stream) ?? 0n);
    if (from === undefined) return backwards ? HIGHEST : 0n;
    return bound(from);
  }

  /** A damaged file (a corrupt page, not a database) is a store that cannot be read. */
  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      const code = String((error as { code?: unknown }).code ?? '');
      if (
        code === 'SQLITE_CORRUPT' ||
        code === 'SQLITE_NOTADB' ||
        code.startsWith('SQLITE_IOERR')
      ) {
        throw new StoreUnavailableError(
          `The event store file ${this.file} cannot be read: ${(error as Error).message} (${code})`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError(`The event store ${this.file} is closed`);
  }
}

/**
 * Serialized now, so the caller may change its objects once the append returns, and a payload
 * that cannot be stored fails this append alone, before it joins a batch.
 */
function requestOf({ stream, events, options }: StreamAppend): AppendRequest {
  return {
    stream,
    events: events.map(serializeEvent),
    expectedRevision: options.expectedRevision,
    linkChain: options.linkChain,
  };
}

/** SQLite reads LIMIT -1 as no limit. */
function limitOf(maxCount: number | undefined): number {
  return maxCount === undefined ? -1 : Math.max(0, Math.floor(maxCount));
}

/** Keeps a revision inside SQLite's 64-bit integers, where out-of-range values would throw. */
function bound(revision: bigint): bigint {
  return revision > HIGHEST ? HIGHEST : revision < LOWEST ? LOWEST : revision;
}
