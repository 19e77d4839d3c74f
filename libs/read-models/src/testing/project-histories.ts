import type { ComplaintEvent } from '@redress/complaints';
import { MemoryEventStore } from '@redress/event-store';
import { ComplaintProjector } from '../projector/complaint-projector';
import {
  openReadModelDatabase,
  type ReadModelConnection,
} from '../schema/open-read-model-database';
import { appendHistory, testRowContext, testSerializer } from './append-history';

/** Given these complaint histories, the read models the projector builds from them. */
export async function projectHistories(
  histories: Readonly<Record<string, readonly ComplaintEvent[]>>,
): Promise<ReadModelConnection & { store: MemoryEventStore }> {
  const store = new MemoryEventStore();
  for (const [id, events] of Object.entries(histories)) await appendHistory(store, id, events);
  const rm = await openReadModelDatabase(':memory:');
  const projector = new ComplaintProjector({
    store,
    ...testRowContext,
    db: rm.db,
    serializer: testSerializer,
  });
  for (const event of await store.readAll()) await projector.handle(event);
  return Object.assign(rm, { store });
}
