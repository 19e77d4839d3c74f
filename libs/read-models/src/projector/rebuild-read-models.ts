import { existsSync, rmSync } from 'node:fs';
import { sql } from 'kysely';
import {
  comparePositions,
  type EventSerializer,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '@redress/event-store';
import type { RowContext } from '../projection/complaint-rows';
import { createReadModelTables, dropReadModelTables } from '../schema/create-read-model-tables';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import { PROJECTED_TABLES } from '../schema/read-model-tables';
import { COMPLAINT_STREAM_PREFIX, ComplaintProjector } from './complaint-projector';

export interface RebuildProgress {
  readonly events: number;
  /** Share of the log read so far, from the positions (0..1). */
  readonly fraction: number;
}

export interface RebuildOptions extends RowContext {
  readonly store: EventStore;
  readonly connection: ReadModelConnection;
  readonly serializer: EventSerializer;
  readonly pageSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  readonly events: number;
  readonly complaints: number;
  readonly seconds: number;
}

const FILTER = { streamNamePrefixes: [COMPLAINT_STREAM_PREFIX] };
const REBUILD_SCHEMA = 'rebuild';

/**
 * Rebuilds every read model from the first event into fresh tables, then swaps them in
 * (decision 5). The fresh tables live in a separate attached database, so a failure part-way
 * leaves the serving tables untouched. A catch-up pass after the swap re-applies anything a
 * live projector wrote meanwhile; revision guards make that safe.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildResult> {
  const started = performance.now();
  const { db, file } = options.connection;
  const scratch = file === ':memory:' ? ':memory:' : `${file}.rebuild`;
  if (scratch !== ':memory:' && existsSync(scratch)) rmSync(scratch);
  await sql`attach database ${scratch} as ${sql.raw(REBUILD_SCHEMA)}`.execute(db);
  try {
    await createReadModelTables(db, REBUILD_SCHEMA);
    const head = await lastPosition(options.store);
    const fresh = new ComplaintProjector({
      ...options,
      db: db.withSchema(REBUILD_SCHEMA),
      fresh: true,
      cacheLimit: 250_000,
    });
    const from = await replay(options, fresh, undefined, head);
    await fresh.flush();
    await swapIn(options.connection);
    // Anything appended since the replay started, applied over the swapped-in tables.
    const live = new ComplaintProjector({ ...options, db });
    await replay(options, live, from, head);
    await live.flush();
    const complaints = await db
      .selectFrom('rm_complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      events: fresh.handled,
      complaints: Number(complaints.n),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await dropReadModelTables(db, REBUILD_SCHEMA).catch(() => undefined);
    await sql`detach database ${sql.raw(REBUILD_SCHEMA)}`.execute(db);
    if (scratch !== ':memory:' && existsSync(scratch)) rmSync(scratch, { force: true });
  }
}

/** Pages through `$all` after `after` (exclusive) into the projector; returns the last position. */
async function replay(
  options: RebuildOptions,
  projector: ComplaintProjector,
  after: Position | undefined,
  head: Position | undefined,
): Promise<Position | undefined> {
  const pageSize = options.pageSize ?? 5_000;
  let last = after;
  for (;;) {
    const page: RecordedEvent[] = await options.store.readAll({
      fromPosition: last ?? 'start',
      maxCount: pageSize + 1,
      filter: FILTER,
    });
    const fresh = last
      ? page.filter((e) => comparePositions(e.position, last as Position) > 0)
      : page;
    if (fresh.length === 0) return last;
    await projector.apply(fresh);
    last = fresh[fresh.length - 1]!.position;
    options.onProgress?.({ events: projector.handled, fraction: fractionOf(last, head) });
  }
}

async function lastPosition(store: EventStore): Promise<Position | undefined> {
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1, filter: FILTER });
  return last?.position;
}

function fractionOf(position: Position, head: Position | undefined): number {
  if (!head || head.commit <= 0n) return 1;
  return Math.min(1, Number(position.commit) / Number(head.commit));
}

/** One transaction: readers see the old tables until the new ones are complete. */
async function swapIn(connection: ReadModelConnection): Promise<void> {
  await connection.db.transaction().execute(async (trx) => {
    for (const table of PROJECTED_TABLES) {
      await sql`delete from ${sql.table(`main.${table}`)}`.execute(trx);
      await sql`insert into ${sql.table(`main.${table}`)} select * from ${sql.table(`${REBUILD_SCHEMA}.${table}`)}`.execute(
        trx,
      );
    }
  });
}
