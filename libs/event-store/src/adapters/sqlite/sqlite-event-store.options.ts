/**
 * How a SqliteEventStore opens its file. The defaults favour durability: an append is
 * acknowledged only once it would survive a power cut, and group commit recovers the throughput
 * that costs.
 */
export interface SqliteEventStoreOptions {
  /**
   * SQLite's `synchronous` pragma. FULL (the default) syncs the WAL on every commit, so an
   * acknowledged append survives power loss; NORMAL would only survive a process crash.
   */
  readonly synchronous?: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  /** Appends arriving together share one transaction and one fsync. On by default. */
  readonly groupCommit?: boolean;
  /**
   * Write on a thread of the store's own, so the commit's fsync does not hold this thread's
   * event loop (a server's). Off by default: a short-lived tool gains nothing from a thread.
   */
  readonly writerThread?: boolean;
  /** Upper bound on appends per shared transaction, so one commit cannot grow without limit. */
  readonly maxAppendsPerCommit?: number;
  /**
   * Page cache per connection. The unique index on event ids is keyed by random UUIDs, so every
   * append touches a random page of it, and a cached page saves a read. Not unbounded: SQLite
   * walks the cache at the end of each transaction, so a huge cache slows every commit.
   */
  readonly cacheMiB?: number;
  /**
   * WAL size (in pages) that triggers a checkpoint. A checkpoint copies pages into the database
   * and syncs it inside some unlucky commit; doing it less often writes each hot page (a
   * stream's tail, the log's tail) once for many commits instead of once for a few.
   */
  readonly walCheckpointPages?: number;
  /** How long a writer waits for another process's lock before failing. */
  readonly busyTimeoutMs?: number;
  /** How often subscriptions look for appends made by other processes. */
  readonly pollMs?: number;
  /** Events read per page while a subscription catches up. */
  readonly catchUpPageSize?: number;
}

export const SQLITE_DEFAULTS: Required<SqliteEventStoreOptions> = {
  synchronous: 'FULL',
  groupCommit: true,
  writerThread: false,
  maxAppendsPerCommit: 4096,
  cacheMiB: 16,
  walCheckpointPages: 10_000,
  busyTimeoutMs: 5000,
  pollMs: 200,
  catchUpPageSize: 4096,
};
