import type { Kysely, Transaction } from 'kysely';
import type { Position } from '@redress/event-store';
import type { ComplaintRowSet } from '../projection/complaint-rows';
import type { ReadModelDatabase } from '../schema/read-model-tables';

type Db = Kysely<ReadModelDatabase> | Transaction<ReadModelDatabase>;

const CHUNK = 200; // rows per multi-row insert, well under SQLite's bound-parameter limit

/**
 * Writes complaints whose document moved forward. A row already at a later revision is left
 * alone, with its child rows, so a stale writer (a replay, or a live projector racing a rebuild's
 * swap) can never move a read model backwards.
 */
export async function upsertComplaintRows(db: Db, sets: readonly ComplaintRowSet[]): Promise<void> {
  for (const set of sets) {
    const { complaint } = set;
    const result = await db
      .insertInto('rm_complaints')
      .values(complaint)
      .onConflict((oc) =>
        oc
          .column('complaint_id')
          .doUpdateSet(() => complaint)
          .where('rm_complaints.revision', '<', complaint.revision),
      )
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
    await replaceChildren(db, [set]);
  }
}

async function replaceChildren(db: Db, sets: readonly ComplaintRowSet[]): Promise<void> {
  const ids = sets.map((s) => s.complaint.complaint_id);
  for (const table of [
    'rm_actions',
    'rm_learning',
    'rm_findings',
    'rm_orders',
    'rm_obligations',
  ] as const) {
    await db.deleteFrom(table).where('complaint_id', 'in', ids).execute();
  }
  await insertChildren(db, sets);
}

async function insertChildren(db: Db, sets: readonly ComplaintRowSet[]): Promise<void> {
  const actions = sets.flatMap((s) => s.actions);
  const learning = sets.flatMap((s) => s.learning);
  const findings = sets.flatMap((s) => s.findings);
  const orders = sets.flatMap((s) => s.orders);
  const obligations = sets.flatMap((s) => s.obligations);
  for (let i = 0; i < actions.length; i += CHUNK) {
    await db
      .insertInto('rm_actions')
      .values(actions.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < learning.length; i += CHUNK) {
    await db
      .insertInto('rm_learning')
      .values(learning.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < findings.length; i += CHUNK) {
    await db
      .insertInto('rm_findings')
      .values(findings.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < orders.length; i += CHUNK) {
    await db
      .insertInto('rm_orders')
      .values(orders.slice(i, i + CHUNK))
      .execute();
  }
  for (let i = 0; i < obligations.length; i += CHUNK) {
    await db
      .insertInto('rm_obligations')
      .values(obligations.slice(i, i + CHUNK))
      .execute();
  }
}

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
