import { sql, type Kysely, type Transaction } from 'kysely';
import type { HazardRowSet } from '../projection/hazard-case-rows';
import type { ServiceRequestRowSet } from '../projection/service-request-rows';
import type { ReadModelDatabase } from '../schema/read-model-tables';

type Db = Kysely<ReadModelDatabase> | Transaction<ReadModelDatabase>;
// Tables are named at run time (a rebuild's carry a suffix), so the builder is given any name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any> | Transaction<any>;

const CHUNK = 200; // rows per multi-row insert, well under SQLite's bound-parameter limit

/**
 * Writes hazard cases whose document moved forward, as the complaint writer does: a row already
 * at a later revision is left alone with its child rows, so a stale writer (a replay, a live
 * projector racing a rebuild's swap) never moves a read model backwards. `suffix` names a
 * rebuild's fresh tables.
 */
export async function upsertHazardRows(
  db: Db,
  sets: readonly HazardRowSet[],
  suffix = '',
): Promise<void> {
  for (const set of sets) {
    const moved = await upsertGuarded(db, `rm_hazard_cases${suffix}`, 'hazard_id', set.hazard);
    if (!moved) continue;
    const id = set.hazard.hazard_id;
    await replace(db, `rm_hazard_steps${suffix}`, 'hazard_id', id, set.steps);
    await replace(db, `rm_hazard_complaints${suffix}`, 'hazard_id', id, set.complaints);
  }
}

/** Service requests and their offers to complain, under the same revision guard. */
export async function upsertServiceRequestRows(
  db: Db,
  sets: readonly ServiceRequestRowSet[],
  suffix = '',
): Promise<void> {
  for (const set of sets) {
    const table = `rm_service_requests${suffix}`;
    if (!(await upsertGuarded(db, table, 'service_request_id', set.request))) continue;
    const id = set.request.service_request_id;
    await replace(db, `rm_complaint_offers${suffix}`, 'service_request_id', id, set.offers);
  }
}

async function upsertGuarded(
  db: AnyDb,
  table: string,
  key: string,
  row: { readonly revision: number },
): Promise<boolean> {
  const result = await db
    .insertInto(table)
    .values(row)
    .onConflict((oc) =>
      oc
        .column(key)
        .doUpdateSet(row)
        .where(sql<boolean>`${sql.ref(`${table}.revision`)} < ${row.revision}`),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

async function replace(
  db: AnyDb,
  table: string,
  key: string,
  id: string,
  rows: readonly object[],
): Promise<void> {
  await db.deleteFrom(table).where(key, '=', id).execute();
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}
