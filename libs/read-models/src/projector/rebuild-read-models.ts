import { sql, type Kysely } from 'kysely';
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
import { PROJECTED_TABLES, type ReadModelDatabase } from '../schema/read-model-tables';
import { ComplaintProjector, READ_MODEL_STREAM_PREFIXES } from './complaint-projector';
import { dialectOf } from '../schema/dialect';

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
  /** Complaints held in memory before the rebuild writes some out (and reads them back if seen again). */
  readonly cacheLimit?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  readonly events: number;
  readonly complaints: number;
  readonly seconds: number;
}

const FILTER = { streamNamePrefixes: READ_MODEL_STREAM_PREFIXES };
const SUFFIX = '__rebuild';

/**
 * Rebuilds every read model from the first event into fresh tables, then swaps them in
 * (decision 5): the fresh tables are renamed into place in one transaction, so readers see the
 * old rows until the commit and the new ones after it, and a failure part-way leaves the serving
 * tables untouched. A catch-up pass then re-applies anything a live projector wrote meanwhile;
 * revision guards make that safe.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildResult> {
  const started = performance.now();
  const { db } = options.connection;
  await dropReadModelTables(db, SUFFIX);
  await createReadModelTables(db, SUFFIX);
  try {
    const head = await lastPosition(options.store);
    const fresh = new ComplaintProjector({
      ...options,
      bulk: options.connection.bulkWriter(SUFFIX),
      rebuildInto: { db, suffix: SUFFIX },
      cacheLimit: options.cacheLimit ?? 250_000,
    });
    const from = await replay(options, fresh, undefined, head);
    await fresh.flush();
    await swapIn(db);
    await options.connection.afterSwap();
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
    await dropReadModelTables(db, SUFFIX).catch(() => undefined);
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

/** One transaction: the old tables go, the fresh ones take their names, then their indexes. */
async function swapIn(db: Kysely<ReadModelDatabase>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of PROJECTED_TABLES) {
      await sql`drop table ${sql.table(table)}`.execute(trx);
      await sql`alter table ${sql.table(`${table}${SUFFIX}`)} rename to ${sql.table(table)}`.execute(
        trx,
      );
      if (dialectOf(trx) === 'postgres') await renameConstraints(trx, table);
    }
    await createReadModelTables(trx);
  });
}

/**
 * PostgreSQL names a primary key's index in the schema, so the fresh table's `..__rebuild_pk`
 * must lose its suffix with the table, or the next rebuild's fresh table could not take it.
 */
async function renameConstraints(trx: Kysely<ReadModelDatabase>, table: string): Promise<void> {
  const { rows } = await sql<{ conname: string }>`
    select conname from pg_constraint where conrelid = ${table}::regclass`.execute(trx);
  for (const { conname } of rows) {
    if (!conname.includes(SUFFIX)) continue;
    await sql`alter table ${sql.table(table)} rename constraint ${sql.ref(conname)} to ${sql.ref(conname.replace(SUFFIX, ''))}`.execute(
      trx,
    );
  }
}
