import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { SqliteLease } from '../lease/sqlite-lease';
import { SqliteBulkWriter } from '../projector/sqlite-bulk-writer';
import { withStatementCache } from './statement-cache';
import type { ReadModelConnection } from './open-read-model-database';
import { migrateReadModels } from './read-model-migrations';
import type { ReadModelDatabase } from './read-model-tables';

/**
 * The embedded read models in a SQLite file. `synchronous = NORMAL` is enough here: rows and
 * checkpoint commit together, so a crash can only lose a suffix that the projector replays from
 * the event store, which is the durable record.
 */
export async function openSqliteReadModels(file: string): Promise<ReadModelConnection> {
  const sqlite = new Database(file);
  // Set before the first table exists: lets a rebuild hand the old tables' pages back to the disk.
  sqlite.pragma('auto_vacuum = INCREMENTAL');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Checkpoint every 10,000 WAL pages, not SQLite's 1,000: each projector write dirties many
  // index pages, so the default checkpointed (copying and syncing the file) every few writes,
  // and half the live projector's commit time went there; rarer, each hot page is copied once
  // for many writes.
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma('busy_timeout = 10000');
  // Reports scan most of the complaints' rows; read through a memory map of the file (the OS's
  // page cache, shared by every process) they are not copied through SQLite's 16 MiB page cache
  // a page at a time: at 100,000 complaints, counting a year's complaints by Code version took a
  // third of the time. Writes still go through the journal as before.
  sqlite.pragma(`mmap_size = ${READ_MAP_BYTES}`);
  const db = new Kysely<ReadModelDatabase>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  await migrateReadModels(db);
  return {
    db,
    dialect: 'sqlite',
    location: file,
    bulkWriter: (suffix) => new SqliteBulkWriter(sqlite, suffix),
    afterSwap: () => {
      sqlite.pragma('incremental_vacuum');
      return Promise.resolve();
    },
    lease: (name, options) => new SqliteLease(db, name, options?.ttlMs ?? DEFAULT_LEASE_MS),
    close: () => db.destroy(),
  };
}

/** The most of the read-model file mapped into memory for reading (1 GiB). */
const READ_MAP_BYTES = 1024 * 1024 * 1024;

/** How long a SQLite lease lasts unrenewed: a standby takes over this long after a crash. */
const DEFAULT_LEASE_MS = 5_000;
