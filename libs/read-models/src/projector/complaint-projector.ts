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
import { COMPLAINT_PROJECTION, COMPLAINT_STREAM_PREFIX } from './projection-names';
import { saveCheckpoint, upsertComplaintRows } from './read-model-writer';
import type { SqliteBulkWriter } from './sqlite-bulk-writer';

export { COMPLAINT_PROJECTION, COMPLAINT_STREAM_PREFIX };

export interface ProjectorOptions extends RowContext {
  /** The serving tables, written with revision guards (the live path). */
  readonly db?: Kysely<ReadModelDatabase>;
  /** A rebuild's fresh tables instead: written in bulk, only on `flush()` or a full cache. */
  readonly bulk?: SqliteBulkWriter;
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
  private readonly dirty = new Set<string>();
  private position?: Position;
  private handledCount = 0;

  constructor(private readonly options: ProjectorOptions) {
    if (!options.db === !options.bulk) throw new Error('A projector writes to db or bulk, not both');
  }

  get handled(): number {
    return this.handledCount;
  }

  /** One event from the subscription, written at once with its checkpoint. */
  async handle(event: RecordedEvent): Promise<void> {
    await this.apply([event]);
    await this.flush();
  }

  /** Folds a page of events into memory; a rebuild writes only when its cache is full. */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    const ids = new Set<string>();
    for (const e of events) {
      if (e.stream.startsWith(COMPLAINT_STREAM_PREFIX)) ids.add(e.stream.slice(COMPLAINT_STREAM_PREFIX.length));
    }
    await this.load([...ids].filter((id) => !this.cache.has(id)));
    const live = this.options.db !== undefined;
    for (const recorded of events) {
      this.position = recorded.position;
      if (!recorded.stream.startsWith(COMPLAINT_STREAM_PREFIX)) continue;
      const id = recorded.stream.slice(COMPLAINT_STREAM_PREFIX.length);
      const { event } = this.options.serializer.deserialize<ComplaintEvent>(recorded);
      const before = this.cache.get(id) ?? null;
      const after = projectEvent(before, id, Number(recorded.revision), event);
      this.handledCount++;
      if (after === before) continue;
      // Live, the Map's order is kept least recently used first; a rebuild skips the reordering.
      if (live) this.cache.delete(id);
      this.cache.set(id, after);
      this.dirty.add(id);
    }
    if (!live && this.dirty.size >= this.cacheLimit()) await this.flush();
  }

  /** Writes every changed complaint and the checkpoint in one transaction. */
  async flush(): Promise<void> {
    const position = this.position;
    if (!position) return;
    const sets = [...this.dirty]
      .map((id) => complaintRowSet(this.cache.get(id) as ProjectedComplaint, this.options))
      .filter((s) => s !== null);
    const now = (this.options.clock ?? (() => new Date()))();
    const { db, bulk } = this.options;
    if (bulk) bulk.write(sets, position, now);
    else {
      await db!.transaction().execute(async (trx) => {
        await upsertComplaintRows(trx, sets);
        await saveCheckpoint(trx, COMPLAINT_PROJECTION, position, now);
      });
    }
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
    if (ids.length === 0) return;
    const { db, bulk } = this.options;
    if (bulk) {
      for (const [id, text] of bulk.loadDocuments(ids)) this.cache.set(id, documentFromJson(text));
      return;
    }
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db!
        .selectFrom('rm_documents')
        .select(['complaint_id', 'document'])
        .where('complaint_id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) this.cache.set(row.complaint_id, documentFromJson(row.document));
    }
  }
}
