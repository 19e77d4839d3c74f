import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { join } from 'node:path';
import { createReadModelTables } from './create-read-model-tables';
import type { ReadModelDatabase } from './read-model-tables';

export interface ReadModelConnection {
  readonly db: Kysely<ReadModelDatabase>;
  /** The same SQLite connection, for the rebuild's bulk loader (prepared statements, no builder). */
  readonly sqlite: Database.Database;
  /** The file, or `:memory:`; a rebuild attaches a fresh file beside it. */
  readonly file: string;
  close(): Promise<void>;
}

/** Where the embedded read models live in a data directory (beside the event store's file). */
export function readModelFile(dataDir: string): string {
  return join(dataDir, 'read-models.sqlite');
}

/**
 * Opens (and creates) the embedded read-model database. `synchronous = NORMAL` is enough here:
 * rows and checkpoint commit together, so a crash can only lose a suffix that the projector
 * replays from the event store, which is the durable record.
 */
export async function openReadModelDatabase(file: string): Promise<ReadModelConnection> {
  const sqlite = new Database(file);
  // Set before the first table exists: lets a rebuild hand the old tables' pages back to the disk.
  sqlite.pragma('auto_vacuum = INCREMENTAL');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 10000');
  const db = new Kysely<ReadModelDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  await createReadModelTables(db);
  return { db, sqlite, file, close: () => db.destroy() };
}
