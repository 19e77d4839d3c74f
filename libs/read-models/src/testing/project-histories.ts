import type { ComplaintEvent } from '@redress/complaints';
import { MemoryEventStore, type EventStore } from '@redress/event-store';
import { ComplaintProjector } from '../projector/complaint-projector';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import { appendHistory, testRowContext, testSerializer } from './append-history';
import { openTestReadModels } from './test-read-models';

/** The read models the live projector builds from every event in `store`, one event at a time. */
export async function projectIncrementally(store: EventStore): Promise<ReadModelConnection> {
  const rm = await openTestReadModels();
  const projector = new ComplaintProjector({
    store,
    ...testRowContext,
    db: rm.db,
    serializer: testSerializer,
  });
  for (const event of await store.readAll()) await projector.handle(event);
  return rm;
}

/** Given these complaint histories, the read models the projector builds from them. */
export async function projectHistories(
  histories: Readonly<Record<string, readonly ComplaintEvent[]>>,
): Promise<ReadModelConnection & { store: MemoryEventStore }> {
  const store = new MemoryEventStore();
  for (const [id, events] of Object.entries(histories)) await appendHistory(store, id, events);
  return Object.assign(await projectIncrementally(store), { store });
}
