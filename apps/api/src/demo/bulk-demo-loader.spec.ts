import { MemoryEventStore, verifyStream, type RecordedEvent } from '@redress/event-store';
import { bulkLoadDemo } from './bulk-demo-loader';
import { loadDemo } from './demo-loader';

/** An event as the log holds it, without what is random per append (its id, and the hashes over it). */
function comparable(event: RecordedEvent) {
  const { eventId, hash, prevHash, ...metadata } = event.metadata as Record<string, unknown>;
  return {
    stream: event.stream,
    revision: event.revision,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata,
    linked: [typeof eventId, typeof hash, typeof prevHash],
  };
}

describe('the bulk demo load', () => {
  it('appends the same log as the command path, in the same order, with intact chains', async () => {
    const options = { perYear: 60, firstYear: 2023, today: '2025-11-01' };
    const commandPath = new MemoryEventStore();
    const bulk = new MemoryEventStore();
    const played = await loadDemo(commandPath, options);
    const loaded = await bulkLoadDemo(bulk, options);

    expect(loaded).toEqual(played);
    const expected = (await commandPath.readAll()).map(comparable);
    const actual = await bulk.readAll();
    expect(actual.map(comparable)).toEqual(expected);
    expect(actual.length).toBe(played.appendedEvents);
    for (const stream of new Set(actual.map((e) => e.stream)))
      expect(verifyStream(await bulk.readStream(stream)).ok).toBe(true);
  });

  it('refuses to load over streams already in the store', async () => {
    const store = new MemoryEventStore();
    const options = { perYear: 5, firstYear: 2023, today: '2025-11-01' };
    await bulkLoadDemo(store, options);
    await expect(bulkLoadDemo(store, options)).rejects.toThrow();
  });
});
