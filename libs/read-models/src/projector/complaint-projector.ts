import type { Kysely } from 'kysely';
import type { ComplaintEvent } from '@redress/complaints';
import { complaintStream } from '@redress/complaint-stream';
import type {
  EventSerializer,
  EventStore,
  Position,
  RecordedEvent,
  SubscriptionHandler,
} from '@redress/event-store';
import { complaintRowSet, type RowContext } from '../projection/complaint-rows';
import {
  projectEvents,
  type ProjectedComplaint,
  type RevisedEvent,
} from '../projection/projected-complaint';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { CaseProjection } from './case-projection';
import {
  COMPLAINT_PROJECTION,
  COMPLAINT_STREAM_PREFIX,
  READ_MODEL_STREAM_PREFIXES,
} from './projection-names';
import { saveCheckpoint, upsertComplaintRows } from './read-model-writer';
import type { BulkWriter } from './bulk-writer';
import { powerOfTwoRuns } from './guarded-upsert';

export { COMPLAINT_PROJECTION, COMPLAINT_STREAM_PREFIX, READ_MODEL_STREAM_PREFIXES };

/** Complaints whose rows a rebuild hands its bulk writer at once. */
const ROW_SETS_PER_WRITE = 10_000;

export interface ProjectorOptions extends RowContext {
  /** The serving tables, written with revision guards (the live path). */
  readonly db?: Kysely<ReadModelDatabase>;
  /** A rebuild's fresh tables instead: written in bulk, only on `flush()` or a full cache. */
  readonly bulk?: BulkWriter;
  /** With `bulk`: where the rebuild's fresh hazard and service-request tables are, by suffix. */
  readonly rebuildInto?: { readonly db: Kysely<ReadModelDatabase>; readonly suffix: string };
  /** Where a complaint not in memory is folded again from, up to the revision its rows record. */
  readonly store: EventStore;
  readonly serializer: EventSerializer;
  readonly clock?: () => Date;
  /** Documents kept in memory between events. */
  readonly cacheLimit?: number;
}

/**
 * Folds complaint events into the read models. Each write commits the changed rows and the
 * checkpoint in one transaction (decision 5), so a redelivered event is a no-op twice over:
 * its position is behind the checkpoint, and its revision behind the row's.
 */
export class ComplaintProjector implements SubscriptionHandler {
  readonly savesCheckpoint = true;
  private readonly cache = new Map<string, ProjectedComplaint>();
  /** Each complaint's events since the last flush, in stream order, folded in together on flush. */
  private readonly pending = new Map<string, RevisedEvent[]>();
  private readonly dirty = new Set<string>();
  /** A rebuild's complaints written out of memory, and the revision they were at. */
  private readonly evicted = new Map<string, number>();
  private position?: Position;
  private handledCount = 0;
  /** Hazard cases and service requests: folded here, written in the same transaction. */
  private readonly cases: CaseProjection;

  constructor(private readonly options: ProjectorOptions) {
    if (!options.db === !options.bulk)
      throw new Error('A projector writes to db or bulk, not both');
    if (options.bulk && !options.rebuildInto)
      throw new Error('A rebuild names the database of its fresh tables (rebuildInto)');
    this.cases = new CaseProjection(options.store, this.cacheLimit());
  }

  get handled(): number {
    return this.handledCount;
  }

  /** One event from the subscription, written at once with its checkpoint. */
  async handle(event: RecordedEvent): Promise<void> {
    await this.apply([event]);
    await this.flush();
  }

  /**
   * Takes a page of events: each complaint's are queued, to be folded together (and their rows
   * derived once) on the next flush. A rebuild flushes only when its queue is full, so a
   * complaint whose whole history fits is folded and written once, at the end.
   */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      this.position = recorded.position;
      if (this.cases.folds(recorded)) {
        await this.cases.apply(recorded);
        this.handledCount++;
        continue;
      }
      if (!recorded.stream.startsWith(COMPLAINT_STREAM_PREFIX)) continue;
      this.handledCount++;
      const id = recorded.stream.slice(COMPLAINT_STREAM_PREFIX.length);
      const revision = Number(recorded.revision);
      const queue = this.pending.get(id);
      // A complaint not in memory is loaded on flush, and its fold then skips what its rows had.
      const seen = queue ? queue[queue.length - 1]!.revision : (this.cache.get(id)?.revision ?? -1);
      // At or below the revision already taken: a redelivery, which changes nothing.
      if (revision <= seen) continue;
      const event = this.options.serializer.eventOf<ComplaintEvent>(recorded);
      if (queue) queue.push({ revision, event });
      else this.pending.set(id, [{ revision, event }]);
    }
    if (this.options.bulk && this.pending.size >= this.cacheLimit()) await this.flush();
  }

  /** Writes every changed complaint and the checkpoint in one transaction. */
  async flush(): Promise<void> {
    const position = this.position;
    if (!position) return;
    // Complaints not in memory, loaded together: one query per write, not one per event.
    await this.load([...this.pending.keys()].filter((id) => !this.cache.has(id)));
    this.foldPending();
    const now = (this.options.clock ?? (() => new Date()))();
    const { db, bulk, rebuildInto } = this.options;
    if (bulk) {
      // Fresh tables, dropped if the rebuild fails: their own transactions are enough.
      const { db: fresh, suffix } = rebuildInto!;
      await fresh.transaction().execute((trx) => this.cases.write(trx, suffix));
      // In key order, so a bulk write appends to each table's B-tree instead of splitting pages;
      // in slices, so only one slice's rows are held at a time.
      const ids = [...this.dirty].sort();
      for (let i = 0; i < ids.length || i === 0; i += ROW_SETS_PER_WRITE)
        await bulk.write(this.rowSets(ids.slice(i, i + ROW_SETS_PER_WRITE)), position, now);
    } else {
      const sets = this.rowSets([...this.dirty]);
      await db!.transaction().execute(async (trx) => {
        await upsertComplaintRows(trx, sets);
        await this.cases.write(trx);
        await saveCheckpoint(trx, COMPLAINT_PROJECTION, position, now);
      });
    }
    this.dirty.clear();
    this.evict();
    this.cases.committed();
  }

  /** Folds each complaint's queued events into its document, one fold per complaint. */
  private foldPending(): void {
    const live = this.options.db !== undefined;
    for (const [id, events] of this.pending) {
      const before = this.cache.get(id) ?? null;
      const after = projectEvents(before, id, events);
      if (after === before) continue;
      // Live, the Map's order is kept least recently used first; a rebuild skips the reordering.
      if (live) this.cache.delete(id);
      this.cache.set(id, after);
      this.dirty.add(id);
    }
    this.pending.clear();
  }

  private rowSets(ids: readonly string[]) {
    return ids
      .map((id) => complaintRowSet(this.cache.get(id) as ProjectedComplaint, this.options))
      .filter((s) => s !== null);
  }

  private cacheLimit(): number {
    return this.options.cacheLimit ?? 5_000;
  }

  private evict(): void {
    for (const [id, doc] of this.cache) {
      if (this.cache.size <= this.cacheLimit()) break;
      this.cache.delete(id);
      if (this.options.bulk) this.evicted.set(id, doc.revision);
    }
  }

  private async load(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const { db } = this.options;
    const known = new Map<string, number>();
    if (!db) {
      for (const id of ids) if (this.evicted.has(id)) known.set(id, this.evicted.get(id)!);
    } else {
      for (const run of powerOfTwoRuns(ids)) {
        const rows = await db
          .selectFrom('rm_complaints')
          .select(['complaint_id', 'revision'])
          .where('complaint_id', 'in', run)
          .execute();
        for (const row of rows) known.set(row.complaint_id, row.revision);
      }
    }
    for (const [id, revision] of known) {
      const doc = await this.refold(id, revision);
      if (doc) this.cache.set(id, doc);
    }
  }

  /** The document as it was at `revision`, folded from the complaint's stream. */
  private async refold(id: string, revision: number): Promise<ProjectedComplaint | null> {
    // At most revision + 1 events reach it; a truncated stream starts later, so stop by revision.
    const events = await this.options.store.readStream(complaintStream(id), {
      maxCount: revision + 1,
    });
    const upTo = events.filter((recorded) => recorded.revision <= BigInt(revision));
    if (upTo.length === 0) return null;
    return projectEvents(
      null,
      id,
      upTo.map((recorded) => ({
        revision: Number(recorded.revision),
        event: this.options.serializer.eventOf<ComplaintEvent>(recorded),
      })),
    );
  }
}
