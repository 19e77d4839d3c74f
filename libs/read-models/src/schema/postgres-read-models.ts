import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { PostgresLease } from '../lease/postgres-lease';
import { PostgresBulkWriter } from '../projector/postgres-bulk-writer';
import { redactUrl } from './dialect';
import type { ReadModelConnection } from './open-read-model-database';
import { migrateReadModels } from './read-model-migrations';
import { PROJECTED_TABLES, type ReadModelDatabase } from './read-model-tables';

/**
 * The read models on PostgreSQL (decision 6: production, several api processes). The pool is
 * shared by the projector's writes and the report queries; the lease has its own connection.
 */
export async function openPostgresReadModels(url: string): Promise<ReadModelConnection> {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server is replaced on next use; without a listener the
  // 'error' event would end the process.
  pool.on('error', () => undefined);
  const db = new Kysely<ReadModelDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateReadModels(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect: 'postgres',
    location: redactUrl(url),
    bulkWriter: (suffix) => new PostgresBulkWriter(pool, suffix),
    // Fresh statistics for the planner at once, rather than when autovacuum gets round to it.
    afterSwap: async () => {
      await sql`analyze ${sql.join(PROJECTED_TABLES.map((t) => sql.table(t)))}`.execute(db);
    },
    lease: (name) => new PostgresLease(url, name),
    close: () => db.destroy(),
  };
}
