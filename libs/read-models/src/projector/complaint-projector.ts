import type { Kysely } from 'kysely';
import type { ComplaintEvent } from '@redress/complaints';
import type {
  EventSerializer,
  Position,
  RecordedEvent,
  SubscriptionHandler,
} from '@redress/event-store';
import { complaintRowSet, type RowContext } from '../projection/complaint-rows';
import {
  documentFromJson,
  projectEvent,
  type ProjectedComplaint,
} from '../projection/projected-complaint';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { insertFreshRows, saveCheckpoint, upsertComplaintRows } from './read-model-writer';

/** The projection's name: its checkpoint row and its subscription are known by it. */
export const COMPLAINT_PROJECTION = 'complaint-read-models';
/** Projections read complaint streams only; other streams (the access log) are not facts about complaints. */
export const COMPLAINT_STREAM_PREFIX = 'complaint-';

export interface ProjectorOptions extends RowContext {
  readonly db: Kysely<ReadModelDatabase>;
  readonly serializer: EventSerializer;
  readonly clock?: () => Date;
  /** Documents kept in memory between events (least recently used are dropped). */
  readonly cacheLimit?: number;
  /**
   * Into empty tables (a rebuild): complaints not yet written go in by bulk insert, and writes
   * wait until `flush()` or until the cache is full.
   */
  readonly fresh?: boolean;
}

/**
 * Folds complaint events into the read models. Each write commits the changed rows and the
 * checkpoint in one transaction (decision 5), so a redelivered event is a no-op twice over:
 * its position is behind the checkpoint, and its revision behind the row's.
 */
export class ComplaintProjector implements SubscriptionHandler {
  readonly savesCheckpoint = true;
  private readonly cache = new Map<string, ProjectedComplaint>();
  private readonly dirty = new Set<string>();
  private readonly written = new Set<string>();
  private position?: Position;
  private handledCount = 0;

  constructor(private readonly options: ProjectorOptions) {}

  get handled(): number {
    return this.handledCount;
  }

  /** One event from the subscription, written at once with its checkpoint. */
  async handle(event: RecordedEvent): Promise<void> {
    await this.apply([event]);
    await this.flush();
  }

  /** Folds a page of events into memory; writes only when the cache is full (fresh mode). */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    const missing = events
      .filter((e) => e.stream.startsWith(COMPLAINT_STREAM_PREFIX))
      .map((e) => e.stream.slice(COMPLAINT_STREAM_PREFIX.length))
      .filter((id) => !this.cache.has(id));
    await this.load([...new Set(missing)]);
    for (const recorded of events) {
      this.position = recorded.position;
      if (!recorded.stream.startsWith(COMPLAINT_STREAM_PREFIX)) continue;
      const id = recorded.stream.slice(COMPLAINT_STREAM_PREFIX.length);
      const { event } = this.options.serializer.deserialize<ComplaintEvent>(recorded);
      const before = this.cache.get(id) ?? null;
      const after = projectEvent(before, id, Number(recorded.revision), event);
      this.handledCount++;
      if (after === before) continue;
      this.cache.delete(id); // re-insert: the Map's order is least recently used first
      this.cache.set(id, after);
      this.dirty.add(id);
    }
    if (this.options.fresh && this.dirty.size >= this.cacheLimit()) await this.flush();
  }

  /** Writes every changed complaint and the checkpoint in one transaction. */
  async flush(): Promise<void> {
    const position = this.position;
    if (!position) return;
    const sets = [...this.dirty]
      .map((id) => complaintRowSet(this.cache.get(id) as ProjectedComplaint, this.options))
      .filter((s) => s !== null);
    const fresh = this.options.fresh
      ? sets.filter((s) => !this.written.has(s.complaint.complaint_id))
      : [];
    const known = this.options.fresh
      ? sets.filter((s) => this.written.has(s.complaint.complaint_id))
      : sets;
    const now = (this.options.clock ?? (() => new Date()))();
    await this.options.db.transaction().execute(async (trx) => {
      await insertFreshRows(trx, fresh);
      await upsertComplaintRows(trx, known);
      await saveCheckpoint(trx, COMPLAINT_PROJECTION, position, now);
    });
    if (this.options.fresh) for (const s of fresh) this.written.add(s.complaint.complaint_id);
    this.dirty.clear();
    this.evict();
  }

  private cacheLimit(): number {
    return this.options.cacheLimit ?? 5_000;
  }

  private evict(): void {
    for (const id of this.cache.keys()) {
      if (this.cache.size <= this.cacheLimit()) break;
      this.cache.delete(id);
    }
  }

  private async load(ids: readonly string[]): Promise<void> {
    // In fresh mode a complaint never written has no row to find.
    const wanted = this.options.fresh ? ids.filter((id) => this.written.has(id)) : ids;
    for (let i = 0; i < wanted.length; i += 500) {
      const rows = await this.options.db
        .selectFrom('rm_complaints')
        .select(['complaint_id', 'document'])
        .where('complaint_id', 'in', wanted.slice(i, i + 500))
        .execute();
      for (const row of rows) this.cache.set(row.complaint_id, documentFromJson(row.document));
    }
  }
}
