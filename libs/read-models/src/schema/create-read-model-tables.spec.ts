import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openReadModelDatabase } from './open-read-model-database';
import type { ReadModelDatabase } from './read-model-tables';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

const count = async (db: Kysely<ReadModelDatabase>, table: string) => {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
    table,
  )}`.execute(db);
  return Number(rows[0]!.n);
};

describe.each(READ_MODEL_DIALECTS)('read-model schema upgrades, on %s', (dialect) => {
  const dialects = useReadModelDialect(dialect);
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rm-schema-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a database from before tenure and the obligations table is emptied by the migrator, so the projector folds again from the first event', async () => {
    const target = dialect === 'sqlite' ? join(dir, 'read-models.sqlite') : await dialects.target();
    // A read-model database as an older version left it: no migrations recorded, no tenure
    // column, no rm_obligations table, with a row and a checkpoint.
    const old = await openReadModelDatabase(target);
    await old.db.schema.dropTable('rm_migrations').execute();
    await old.db.schema.dropTable('rm_migrations_lock').execute();
    await old.db.schema.dropTable('rm_obligations').execute();
    await old.db.schema.alterTable('rm_complaints').dropColumn('tenure').execute();
    await sql`insert into rm_complaints (complaint_id, revision, received_on) values ('c-1', 3, '2025-04-17')`.execute(
      old.db,
    );
    await sql`insert into rm_checkpoints values ('complaint-read-models', '5', '5', '2025-04-17T00:00:00Z')`.execute(
      old.db,
    );
    await old.close();

    const rm = await openReadModelDatabase(target);
    const complaints = (await rm.db.introspection.getTables()).find(
      (t) => t.name === 'rm_complaints',
    )!;
    expect(complaints.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['tenure']));
    expect(await count(rm.db, 'rm_obligations')).toBe(0);
    expect(await count(rm.db, 'rm_complaints')).toBe(0);
    expect(await count(rm.db, 'rm_checkpoints')).toBe(0);
    await sql`insert into rm_checkpoints values ('x', '1', '1', '2025-04-17T00:00:00Z')`.execute(
      rm.db,
    );
    await rm.close();

    // A current database is left as it is.
    const again = await openReadModelDatabase(target);
    expect(await count(again.db, 'rm_checkpoints')).toBe(1);
    await again.close();
  });

  it('a database from before hazard cases and service requests gains their tables and folds the log again (0006)', async () => {
    const target = dialect === 'sqlite' ? join(dir, 'before-0006.sqlite') : await dialects.target();
    // As the release before left it: migrations up to 0003, no hazard or service-request
    // tables, a complaint row and a checkpoint past the hazard events it never read.
    const old = await openReadModelDatabase(target);
    await sql`delete from rm_migrations where name >= '0006'`.execute(old.db);
    for (const table of [
      'rm_hazard_cases',
      'rm_hazard_steps',
      'rm_hazard_complaints',
      'rm_service_requests',
      'rm_complaint_offers',
    ])
      await old.db.schema.dropTable(table).execute();
    await sql`insert into rm_complaints (complaint_id, revision, received_on) values ('c-1', 3, '2025-04-17')`.execute(
      old.db,
    );
    await sql`insert into rm_checkpoints values ('complaint-read-models', '5', '5', '2025-04-17T00:00:00Z')`.execute(
      old.db,
    );
    await old.close();

    const rm = await openReadModelDatabase(target);
    expect(await count(rm.db, 'rm_hazard_steps')).toBe(0);
    expect(await count(rm.db, 'rm_complaint_offers')).toBe(0);
    // Emptied, so the projector folds complaints, hazards and requests from the first event.
    expect(await count(rm.db, 'rm_complaints')).toBe(0);
    expect(await count(rm.db, 'rm_checkpoints')).toBe(0);
    await rm.close();
  }, 60_000);

  it('a database from before the report indexes gains them and keeps its rows (0007)', async () => {
    const target = dialect === 'sqlite' ? join(dir, 'before-0007.sqlite') : await dialects.target();
    const old = await openReadModelDatabase(target);
    await sql`delete from rm_migrations where name >= '0007'`.execute(old.db);
    for (const index of REPORT_INDEX_NAMES) await old.db.schema.dropIndex(index).execute();
    await sql`insert into rm_complaints (complaint_id, revision, received_on) values ('c-1', 3, '2025-04-17')`.execute(
      old.db,
    );
    await sql`insert into rm_checkpoints values ('complaint-read-models', '5', '5', '2025-04-17T00:00:00Z')`.execute(
      old.db,
    );
    await old.close();

    const rm = await openReadModelDatabase(target);
    expect(await indexNames(rm.db, dialect)).toEqual(expect.arrayContaining(REPORT_INDEX_NAMES));
    // Only indexes are added: the rows and the checkpoint stay, nothing is folded again.
    expect(await count(rm.db, 'rm_complaints')).toBe(1);
    expect(await count(rm.db, 'rm_checkpoints')).toBe(1);
    await rm.close();
  }, 60_000);
});

const REPORT_INDEX_NAMES = [
  'rm_complaints_ombudsman_referred',
  'rm_complaints_ombudsman_determined',
  'rm_learning_closed',
  'rm_actions_by_complaint',
];

async function indexNames(db: Kysely<ReadModelDatabase>, dialect: string): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db)
      : await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(
          db,
        );
  return rows.map((r) => r.name);
}
