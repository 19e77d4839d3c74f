import { GENESIS_HASH } from '../hash-chain/hash-chain';
import { MemoryEventStore } from '../adapters/memory/memory-event-store';
import { EventSerializer } from './event-serializer';
import { UpcasterRegistry } from './upcaster-registry';

const meta = () => ({
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  actor: { id: 'alice', role: 'officer' },
  recordedAt: '2025-01-01T00:00:00.000Z',
});

describe('event serialization and upcasting', () => {
  it('writes the current schema version and lifts old payloads on read, step by step', async () => {
    const v1 = new EventSerializer(new UpcasterRegistry());
    const store = new MemoryEventStore();
    await store.appendToStream(
      's',
      v1.serialize(
        's',
        [{ type: 'ComplaintReceived', data: { channel: 'phone' } }],
        meta,
        0n,
        GENESIS_HASH,
      ),
      {
        expectedRevision: 'no_stream',
      },
    );
    const registry = new UpcasterRegistry()
      .register('ComplaintReceived', 1, (d) => ({ ...d, channel: String(d.channel).toUpperCase() }))
      .register('ComplaintReceived', 2, (d) => ({ ...d, vulnerable: false }));
    const v3 = new EventSerializer(registry);
    const [stored] = (await store.readStream('s')).map((r) => v3.deserialize(r));
    expect(stored?.metadata.schemaVersion).toBe(1);
    expect(stored?.event).toEqual({
      type: 'ComplaintReceived',
      data: { channel: 'PHONE', vulnerable: false },
    });
    expect(registry.currentVersion('ComplaintReceived')).toBe(3);
    const written = v3.serialize(
      't',
      [{ type: 'ComplaintReceived', data: {} }],
      meta,
      0n,
      GENESIS_HASH,
    );
    expect(written[0]?.metadata).toMatchObject({ schemaVersion: 3 });
  });

  it('eventOf upcasts as deserialize does, and reads metadata only for a type that changed shape', async () => {
    const store = new MemoryEventStore();
    const v1 = new EventSerializer(new UpcasterRegistry());
    const stored = v1.serialize(
      's',
      [
        { type: 'ComplaintReceived', data: { channel: 'phone' } },
        { type: 'Noted', data: { text: 'unchanged' } },
      ],
      meta,
      0n,
      GENESIS_HASH,
    );
    await store.appendToStream('s', stored, { expectedRevision: 'no_stream' });
    const registry = new UpcasterRegistry().register('ComplaintReceived', 1, (d) => ({
      ...d,
      channel: String(d.channel).toUpperCase(),
    }));
    const v2 = new EventSerializer(registry);
    const [received, noted] = await store.readStream('s');
    expect(v2.eventOf(received!)).toEqual(v2.deserialize(received!).event);
    expect(v2.eventOf(received!)).toEqual({
      type: 'ComplaintReceived',
      data: { channel: 'PHONE' },
    });
    // A record whose metadata cannot be read: a type that never changed shape does not ask.
    const unreadable = Object.create(noted!, {
      metadata: {
        get: () => {
          throw new Error('metadata read');
        },
      },
    }) as typeof noted;
    expect(v2.eventOf(unreadable!)).toEqual({ type: 'Noted', data: { text: 'unchanged' } });
  });

  it('drops undefined members and keeps dates as ISO strings', () => {
    const [e] = new EventSerializer(new UpcasterRegistry()).serialize(
      's',
      [{ type: 'T', data: { a: undefined, on: '2025-04-17' } }],
      meta,
      0n,
      GENESIS_HASH,
    );
    expect(e?.data).toEqual({ on: '2025-04-17' });
  });
});
