import { EsdbEventStore } from '@redress/event-store/adapters/esdb/esdb-event-store';
import { ConcurrencyError } from '@redress/event-store/port/concurrency-error';
import {
  collect,
  event,
  events,
  uniquePrefix,
} from '@redress/event-store/testing/contract-helpers';
import { describeEventStoreContract } from '@redress/event-store/testing/event-store.contract';
import { startFakeEsdb, type FakeEsdb } from '../support/fake-esdb';

// The fake server shares the test's thread, so every event is encoded and decoded on it. Each
// contract test gets its own fake server (a filtered read of $all then walks only that test's
// events, not the 10,000-event stream of another), and the timeout leaves room for a machine
// busy with other work: the 10,000-event test takes 3 s alone and 50 s at a load average of 12.
jest.setTimeout(120_000);

/** The adapter and the real client library against the fake server: no real server needed. */
describeEventStoreContract(
  'EventStoreDB (fake server)',
  async () => {
    const fake = await startFakeEsdb();
    const store = new EsdbEventStore(fake.url);
    return {
      store,
      dispose: async () => {
        await store.close();
        await fake.stop();
      },
    };
  },
  { freshStorePerTest: true, appendsAcrossStreams: false },
);

describe('EventStoreDB adapter on the fake server: beyond the contract', () => {
  let fake: FakeEsdb;
  let store: EsdbEventStore;
  let prefix: string;

  beforeAll(async () => {
    fake = await startFakeEsdb();
    store = new EsdbEventStore(fake.url);
  });
  afterAll(async () => {
    await store?.close();
    await fake?.stop();
  });
  beforeEach(() => {
    prefix = uniquePrefix('extra');
  });

  it('round-trips scalar data and falsy metadata (the client drops falsy values)', async () => {
    const written = [
      event('A', null, null),
      event('B', 0, false),
      event('C', '', 0),
      event('D', [1, 'two'], ''),
    ];
    await store.appendToStream(`${prefix}a`, written, { expectedRevision: 'no_stream' });
    const read = await store.readStream(`${prefix}a`);
    expect(read.map((e) => [e.data, e.metadata])).toEqual(written.map((e) => [e.data, e.metadata]));
  });

  it('needs both kinds of prefix to match when given both, like the other adapters', async () => {
    await store.appendToStream(`${prefix}x`, [event('Keep.a'), event('Drop.b')], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream(`other-${prefix}`, [event('Keep.c')], {
      expectedRevision: 'no_stream',
    });
    const filter = { streamNamePrefixes: [prefix], eventTypePrefixes: ['Keep.'] };
    expect((await store.readAll({ filter })).map((e) => e.type)).toEqual(['Keep.a']);
    const { events: seen } = await collect(store.subscribeToAll({ filter }), 1, {
      untilCaughtUp: true,
      timeoutMs: 5_000,
    });
    expect(seen.map((e) => e.type)).toEqual(['Keep.a']);
  });

  it('never passes on system events ($-types)', async () => {
    await store.appendToStream(`${prefix}a`, [event('$Internal'), event('Visible')], {
      expectedRevision: 'no_stream',
    });
    const all = await store.readAll({ filter: { streamNamePrefixes: [prefix] } });
    expect(all.map((e) => e.type)).toEqual(['Visible']);
    const { events: seen } = await collect(
      store.subscribeToAll({ filter: { streamNamePrefixes: [prefix] } }),
      1,
      { untilCaughtUp: true, timeoutMs: 5_000 },
    );
    expect(seen.map((e) => e.type)).toEqual(['Visible']);
  });

  it('reads $all backwards from a position, inclusive of it, across pages', async () => {
    await store.appendToStream(`${prefix}a`, events(1200), { expectedRevision: 'no_stream' });
    const written = await store.readStream(`${prefix}a`);
    const from = written[1100]!.position;
    const back = await store.readAll({
      direction: 'backwards',
      fromPosition: from,
      filter: { streamNamePrefixes: [prefix] },
    });
    expect(back.map((e) => Number(e.revision))).toEqual(
      Array.from({ length: 1101 }, (_, i) => 1100 - i),
    );
    const forwards = await store.readAll({ fromPosition: from, maxCount: 3 });
    expect(forwards.map((e) => Number(e.revision))).toEqual([1100, 1101, 1102]);
  });

  it('answers an empty append from the stream state, writing nothing', async () => {
    await expect(
      store.appendToStream(`${prefix}a`, [], { expectedRevision: 'no_stream' }),
    ).resolves.toMatchObject({ nextExpectedRevision: -1n });
    await store.appendToStream(`${prefix}a`, events(2), { expectedRevision: 'no_stream' });
    await expect(
      store.appendToStream(`${prefix}a`, [], { expectedRevision: 1n }),
    ).resolves.toMatchObject({ nextExpectedRevision: 1n });
    await expect(
      store.appendToStream(`${prefix}a`, [], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream(`${prefix}a`)).toHaveLength(2);
  });

  it('ends a pending read when the subscription is closed, and stops reporting it', async () => {
    const subscription = store.subscribeToAll({ filter: { streamNamePrefixes: [prefix] } });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: { kind: 'caught-up' } });
    expect(store.subscriptionStates()).toEqual(['live']);
    const pending = iterator.next();
    await subscription.close();
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    expect(store.subscriptionStates()).toEqual([]);
  });
});
