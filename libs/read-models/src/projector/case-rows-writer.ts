import type { Kysely, Transaction } from 'kysely';
import type { HazardRowSet } from '../projection/hazard-case-rows';
import type { ServiceRequestRowSet } from '../projection/service-request-rows';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { replaceChildren as replace, upsertGuarded } from './guarded-upsert';

type Db = Kysely<ReadModelDatabase> | Transaction<ReadModelDatabase>;

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
