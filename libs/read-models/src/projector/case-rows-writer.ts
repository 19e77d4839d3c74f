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
 * rebuild's fresh tables. A few statements per batch, not per case: the parents go in with the
 * revision guard and say which of them moved, and only those have their children replaced.
 */
export async function upsertHazardRows(
  db: Db,
  sets: readonly HazardRowSet[],
  suffix = '',
): Promise<void> {
  const moved = await upsertGuarded(
    db,
    `rm_hazard_cases${suffix}`,
    'hazard_id',
    sets.map((s) => s.hazard),
  );
  const written = sets.filter((s) => moved.has(s.hazard.hazard_id));
  await replace(
    db,
    `rm_hazard_steps${suffix}`,
    'hazard_id',
    moved,
    written.flatMap((s) => s.steps),
  );
  await replace(
    db,
    `rm_hazard_complaints${suffix}`,
    'hazard_id',
    moved,
    written.flatMap((s) => s.complaints),
  );
}

/** Service requests and their offers to complain, under the same revision guard. */
export async function upsertServiceRequestRows(
  db: Db,
  sets: readonly ServiceRequestRowSet[],
  suffix = '',
): Promise<void> {
  const key = 'service_request_id';
  const moved = await upsertGuarded(
    db,
    `rm_service_requests${suffix}`,
    key,
    sets.map((s) => s.request),
  );
  const written = sets.filter((s) => moved.has(s.request.service_request_id));
  await replace(
    db,
    `rm_complaint_offers${suffix}`,
    key,
    moved,
    written.flatMap((s) => s.offers),
  );
}

/** Inserts or moves forward each row; the keys of those written (not those already ahead). */
async function upsertGuarded(
  db: AnyDb,
  table: string,
  key: string,
  rows: readonly { readonly revision: number }[],
): Promise<Set<string>> {
  const moved = new Set<string>();
  if (rows.length === 0) return moved;
  const columns = Object.keys(rows[0]!);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const written = await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc
          .column(key)
          .doUpdateSet((eb) =>
            Object.fromEntries(
              columns.filter((c) => c !== key).map((c) => [c, eb.ref(`excluded.${c}`)]),
            ),
          )
          .where(sql<boolean>`${sql.ref(`${table}.revision`)} < excluded.revision`),
      )
      .returning(key)
      .execute();
    for (const row of written) moved.add(String((row as Record<string, unknown>)[key]));
  }
  return moved;
}

/** The children of the `ids` given: deleted, then inserted anew. */
async function replace(
  db: AnyDb,
  table: string,
  key: string,
  ids: ReadonlySet<string>,
  rows: readonly object[],
): Promise<void> {
  const list = [...ids];
  for (let i = 0; i < list.length; i += CHUNK) {
    await db
      .deleteFrom(table)
      .where(key, 'in', list.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}
