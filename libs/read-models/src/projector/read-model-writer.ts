import type { Kysely, Transaction } from 'kysely';
import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { replaceChildren, upsertGuarded } from './guarded-upsert';

type Db = Kysely<ReadModelDatabase> | Transaction<ReadModelDatabase>;

/**
 * Writes complaints whose document moved forward. A row already at a later revision is left
 * alone, with its child rows, so a stale writer (a replay, or a live projector racing a rebuild's
 * swap) can never move a read model backwards. A few statements per write, not per complaint:
 * the complaints go in under the revision guard and say which of them moved, and only those
 * have their child rows replaced.
 */
export async function upsertComplaintRows(db: Db, sets: readonly ComplaintRowSet[]): Promise<void> {
  const key = 'complaint_id';
  const moved = await upsertGuarded(
    db,
    'rm_complaints',
    key,
    sets.map((s) => s.complaint),
  );
  const written = sets.filter((s) => moved.has(s.complaint.complaint_id));
  for (const [table, rowsOf] of CHILD_TABLES) {
    await replaceChildren(db, table, key, moved, written.flatMap(rowsOf));
  }
}

/** A complaint's child tables, and where its row set keeps each one's rows. */
const CHILD_TABLES: readonly (readonly [string, (set: ComplaintRowSet) => readonly object[]])[] = [
  ['rm_actions', (s) => s.actions],
  ['rm_learning', (s) => s.learning],
  ['rm_findings', (s) => s.findings],
  ['rm_orders', (s) => s.orders],
  ['rm_obligations', (s) => s.obligations],
];

/** Positions are stored zero-padded so that text order is log order, on any database. */
const pad = (n: bigint) => n.toString().padStart(20, '0');

export async function saveCheckpoint(
  db: Db,
  name: string,
  position: Position,
  at: Date,
): Promise<void> {
  const row = {
    name,
    commit_position: pad(position.commit),
    prepare_position: pad(position.prepare),
    updated_at: at.toISOString(),
  };
  await db
    .insertInto('rm_checkpoints')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet(row)
        .where((eb) =>
          eb.or([
            eb('rm_checkpoints.commit_position', '<', row.commit_position),
            eb.and([
              eb('rm_checkpoints.commit_position', '=', row.commit_position),
              eb('rm_checkpoints.prepare_position', '<', row.prepare_position),
            ]),
          ]),
        ),
    )
    .execute();
}

export async function loadCheckpoint(db: Db, name: string): Promise<Position | undefined> {
  const row = await db
    .selectFrom('rm_checkpoints')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  return row && { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}
