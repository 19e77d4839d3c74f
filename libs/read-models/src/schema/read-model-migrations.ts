import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createReadModelTables,
  createLeaseTable,
  createReportIndexes,
  dropReadModelTables,
} from './create-read-model-tables';
import { createAlertOutboxTable } from './alert-outbox-table';
import { dialectOf } from './dialect';
import type { ReadModelDatabase } from './read-model-tables';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
const typed = (db: AnyDb) => db as Kysely<ReadModelDatabase>;

/**
 * Drops the projected tables and their checkpoint, and creates them in the current shape: the
 * projector then replays the log into them (or run `redress projections rebuild`, which is
 * faster). Read models are derived data, so a migration that changes a projected table's shape
 * is this, not an `alter table` that would leave old rows without the new column's values.
 */
export async function replaceProjectedTables(db: AnyDb): Promise<void> {
  await dropReadModelTables(typed(db), '');
  await createReadModelTables(typed(db));
}

/**
 * As `replaceProjectedTables`, but a database whose projector has read nothing yet (no
 * checkpoint: a fresh one) only gains the missing tables; it has nothing to fold again, and
 * dropping and creating every table a second time would only slow its first start.
 */
async function replaceUnlessUnread(db: AnyDb): Promise<void> {
  const read = await typed(db).selectFrom('rm_checkpoints').select('name').limit(1).execute();
  if (read.length > 0) await replaceProjectedTables(db);
  else await createReadModelTables(typed(db));
}

/**
 * The read-model schema's history, in order, run at start by Kysely's migrator. Never edit a
 * migration that has shipped; add the next one. `0001` creates today's tables if they are
 * missing, so a database created before migrations existed is adopted as it is.
 */
export const READ_MODEL_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_read_model_tables': { up: (db) => createReadModelTables(typed(db)) },
  '0002_projector_lease': { up: (db) => createLeaseTable(typed(db)) },
  // Tenure, the TSM cohort's cap and fall-due dates on rm_complaints, and rm_obligations (one row
  // per open obligation for the work queue): older rows lack them, so the tables are replaced and
  // the projector folds every event again from the first (a file from before this change is
  // rebuilt from the events on its first open).
  '0003_tenure_cohort_and_obligations': { up: (db) => replaceProjectedTables(db) },
  // search_text on rm_complaints (the description and the defined issues, for Find's free
  // text): projected from every complaint's events, so the tables are replaced as in 0003.
  '0004_complaint_search_text': { up: (db) => replaceProjectedTables(db) },
  // The notifier's outbox (docs/alerts.md): not a projected table, so never dropped by a rebuild.
  '0005_alert_outbox': { up: (db) => createAlertOutboxTable(db) },
  // Hazard cases (SI 2025/1042) and service requests with their offers to complain (CHC 1.3–1.5)
  // join the one projection. Their events are behind its checkpoint already, so every projected
  // table is replaced and the log folded again from the first event. Numbered after 0004 and
  // 0005 so a fresh database, which runs them all in name order, ends in this shape too.
  '0006_hazard_cases_and_service_requests': { up: (db) => replaceUnlessUnread(db) },
  // Indexes for the dashboard's and reports' period counts: derived data is unchanged, so the
  // tables stay and only the indexes are added.
  '0007_report_indexes': { up: (db) => createReportIndexes(typed(db)) },
  // Covering indexes for the dashboard's repeat properties, Code versions and learning counts:
  // only indexes again, so the rows stay.
  '0008_covering_report_indexes': { up: (db) => createReportIndexes(typed(db)) },
};

/**
 * Brings the schema up to date. Several processes may start at once: on PostgreSQL the
 * migrator takes an advisory lock; on SQLite a second writer can be told the file is busy, so
 * it tries again.
 */
export async function migrateReadModels(db: Kysely<ReadModelDatabase>): Promise<void> {
  const migrator = new Migrator({
    db,
    // On PostgreSQL the migrator must look in the schema the tables go to (the search path's
    // first), not find another schema's bookkeeping on the same server.
    migrationTableSchema: await currentSchema(db),
    provider: { getMigrations: () => Promise.resolve({ ...READ_MODEL_MIGRATIONS }) },
    migrationTableName: 'rm_migrations',
    migrationLockTableName: 'rm_migrations_lock',
  });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (attempt < 50 && isBusy(error)) {
      await sleep(100);
      continue;
    }
    throw error instanceof Error ? error : new Error(String(error));
  }
}

async function currentSchema(db: Kysely<ReadModelDatabase>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY');
}
