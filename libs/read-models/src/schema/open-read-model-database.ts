import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { ProjectorLease } from '../lease/projector-lease';
import type { BulkWriter } from '../projector/bulk-writer';
import { isPostgresUrl, type ReadModelDialect } from './dialect';
import { openPostgresReadModels } from './postgres-read-models';
import type { ReadModelDatabase } from './read-model-tables';
import { openSqliteReadModels } from './sqlite-read-models';

/**
 * The read-model database, whichever it is. Everything above this port (projector, rebuild,
 * queries, reports) goes through Kysely; what differs per database is behind these methods.
 */
export interface ReadModelConnection {
  readonly db: Kysely<ReadModelDatabase>;
  readonly dialect: ReadModelDialect;
  /** The SQLite file (or `:memory:`), or the PostgreSQL URL with its password hidden. */
  readonly location: string;
  /** The rebuild's writer into fresh tables named with `suffix`. */
  bulkWriter(suffix: string): BulkWriter;
  /** After a rebuild's swap: SQLite hands the old tables' pages back to the file system. */
  afterSwap(): Promise<void>;
  /** The lease that lets exactly one projector of `name` be active. */
  lease(name: string, options?: { readonly ttlMs?: number }): ProjectorLease;
  close(): Promise<void>;
}

/** Where the embedded read models live in a data directory (beside the event store's file). */
export function readModelFile(dataDir: string): string {
  return join(dataDir, 'read-models.sqlite');
}

/**
 * Opens the read models and brings their schema up to date (Kysely's migrator, run at start):
 * a `postgres://` URL opens PostgreSQL, anything else is a SQLite file (the embedded default).
 */
export async function openReadModelDatabase(target: string): Promise<ReadModelConnection> {
  return isPostgresUrl(target) ? openPostgresReadModels(target) : openSqliteReadModels(target);
}
