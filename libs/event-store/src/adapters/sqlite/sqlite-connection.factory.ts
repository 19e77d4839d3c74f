import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { SqliteEventStoreOptions } from './sqlite-event-store.options';
import { migrate } from './sqlite-schema.migration';

const SYNCHRONOUS_MODES = new Set(['OFF', 'NORMAL', 'FULL', 'EXTRA']);

/** Opens (creating if need be) the store's file with the pragmas durability depends on. */
export function openSqliteConnection(
  file: string,
  options: Required<SqliteEventStoreOptions>,
): Database {
  // Pragmas cannot take bound parameters, so the values are checked before they are spliced in.
  if (!SYNCHRONOUS_MODES.has(options.synchronous)) {
    throw new Error(`Unknown synchronous mode: ${String(options.synchronous)}`);
  }
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    // Set before anything else so that even the migration waits for another process's lock.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`);
    // WAL lets subscriptions (and other processes) read while a commit is being written, and
    // makes a commit one sequential append to the log rather than a rewrite of pages.
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous}`);
    db.pragma(`cache_size = ${-Math.max(1, Math.floor(options.cacheMiB * 1024))}`);
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(options.walCheckpointPages))}`);
    // Positions and revisions are bigints in the port; reading them as such avoids a lossy trip
    // through JavaScript numbers.
    db.defaultSafeIntegers(true);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
