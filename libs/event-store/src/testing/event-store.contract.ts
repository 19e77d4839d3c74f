import { verifyStream } from '../hash-chain/hash-chain';
import { ConcurrencyError } from '../port/concurrency-error';
import type { EventStore } from '../port/event-store.port';
import { comparePositions } from '../port/position';
import { collect, event, events, uniquePrefix } from './contract-helpers';
import { describeAppendsAcrossStreams } from './stream-appends.contract';

export interface ContractTarget {
  store: EventStore;
  /** Releases the store (and removes its files or servers). */
  dispose(): Promise<void>;
}

/**
 * The one behaviour every adapter must have (architecture decision 4). Streams get unique names,
 * and reads of `$all` filter on them, so the suite also runs against a shared real server.
 */
export function describeEventStoreContract(
  name: string,
  open: () => Promise<ContractTarget>,
  options: {
    /**
     * A new store for every test. For an in-process fake server, whose reads of `$all` encode
     * and decode every event on the test's own thread: with one store for the whole suite, a
     * filtered read of `$all` walks the 10,000-event stream of an earlier test too.
     */
    readonly freshStorePerTest?: boolean;
    /** Whether the adapter appends to several streams at once, all or nothing (default yes). */
    readonly appendsAcrossStreams?: boolean;
  } = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let target: ContractTarget;
    let store: EventStore;
    let prefix: string;
    const stream = (n = 'a') => `${prefix}${n}`;

    const [setUp, tearDown] = options.freshStorePerTest
      ? [beforeEach, afterEach]
      : [beforeAll, afterAll];
    setUp(async () => {
      target = await open();
      store = target.store;
    });
    tearDown(async () => target?.dispose());
    beforeEach(() => {
      prefix = uniquePrefix('contract');
    });

    it('round-trips data and metadata, unicode and a 1 MB payload included', async () => {
      const text = 'Résident’s flat — damp 🏚️ 公寓 « »';
      const big = 'x'.repeat(1024 * 1024);
      const written = [
        event('Noted', { text, n: 1.5, nested: { list: [1, null, true] } }, { actor: text }),
        event('Big', { big }),
      ];
      await store.appendToStream(stream(), written, { expectedRevision: 'no_stream' });
      const read = await store.readStream(stream());
      expect(read.map((e) => [e.id, e.type, e.data, e.metadata])).toEqual(
        written.map((e) => [e.id, e.type, e.data, e.metadata]),
      );
      expect(read.map((e) => e.revision)).toEqual([0n, 1n]);
      expect(read.every((e) => e.stream === stream() && e.created instanceof Date)).toBe(true);
      expect(read.every((e) => !Number.isNaN(e.created.getTime()))).toBe(true);
      // Asked again (an adapter may parse metadata on first use), the same answer.
      expect(read.map((e) => e.metadata)).toEqual(written.map((e) => e.metadata));
    });

    it('reads a missing stream as empty', async () => {
      expect(await store.readStream(stream('missing'))).toEqual([]);
      expect(await store.readStream(stream('missing'), { direction: 'backwards' })).toEqual([]);
    });

    it('returns the next expected revision and the position of the last event', async () => {
      const first = await store.appendToStream(stream(), events(3), {
        expectedRevision: 'no_stream',
      });
      expect(first.nextExpectedRevision).toBe(2n);
      const read = await store.readStream(stream());
      expect(comparePositions(read[2]!.position, first.position)).toBe(0);
      const second = await store.appendToStream(stream(), events(1), { expectedRevision: 2n });
      expect(second.nextExpectedRevision).toBe(3n);
      expect(comparePositions(second.position, first.position)).toBeGreaterThan(0);
    });

    it('honours no_stream', async () => {
      await store.appendToStream(stream(), events(1), { expectedRevision: 'no_stream' });
      const error = await store
        .appendToStream(stream(), events(1), { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ expected: 'no_stream', actual: 0n, stream: stream() });
    });

    it('honours stream_exists', async () => {
      const error = await store
        .appendToStream(stream(), events(1), { expectedRevision: 'stream_exists' })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
      await store.appendToStream(stream(), events(1), { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream(stream(), events(1), { expectedRevision: 'stream_exists' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 1n });
    });

    it('honours any', async () => {
      await store.appendToStream(stream(), events(2), { expectedRevision: 'any' });
      await expect(
        store.appendToStream(stream(), events(1), { expectedRevision: 'any' }),
      ).resolves.toMatchObject({ nextExpectedRevision: 2n });
    });

    it('honours an exact revision and reports expected and actual on conflict', async () => {
      await store.appendToStream(stream(), events(3), { expectedRevision: 'no_stream' });
      const error = await store
        .appendToStream(stream(), events(1), { expectedRevision: 1n })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ expected: 1n, actual: 2n });
      const missing = await store
        .appendToStream(stream('b'), events(1), { expectedRevision: 0n })
        .catch((e: unknown) => e);
      expect(missing).toMatchObject({ expected: 0n, actual: 'no_stream' });
      expect(await store.readStream(stream())).toHaveLength(3);
    });

    it('lets exactly one of 50 concurrent appends at the same revision win', async () => {
      await store.appendToStream(stream(), events(1), { expectedRevision: 'no_stream' });
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          store.appendToStream(stream(), [event('Raced', { i })], { expectedRevision: 0n }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const losers = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(losers).toHaveLength(49);
      expect(
        losers.every((r) => r.reason instanceof ConcurrencyError && r.reason.actual === 1n),
      ).toBe(true);
      expect(await store.readStream(stream())).toHaveLength(2);
    });

    it('lets concurrent appends to different streams all win', async () => {
      const names = Array.from({ length: 50 }, (_, i) => stream(`s${i}`));
      const results = await Promise.allSettled(
        names.map((n) => store.appendToStream(n, events(2), { expectedRevision: 'no_stream' })),
      );
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      for (const n of names) expect(await store.readStream(n)).toHaveLength(2);
    });

    it('reads forwards and backwards from a revision, inclusive, with a maximum count', async () => {
      await store.appendToStream(stream(), events(10), { expectedRevision: 'no_stream' });
      const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
        (await store.readStream(stream(), options)).map((e) => Number(e.revision));
      expect(await revisions({ fromRevision: 3n, maxCount: 4 })).toEqual([3, 4, 5, 6]);
      expect(await revisions({ direction: 'backwards', maxCount: 3 })).toEqual([9, 8, 7]);
      expect(await revisions({ direction: 'backwards', fromRevision: 4n, maxCount: 10 })).toEqual([
        4, 3, 2, 1, 0,
      ]);
      expect(await revisions({ fromRevision: 'end', direction: 'backwards', maxCount: 1 })).toEqual(
        [9],
      );
      expect(await revisions({ fromRevision: 20n })).toEqual([]);
    });

    it('stores and reads back a 10,000-event stream', async () => {
      for (let batch = 0; batch < 10; batch++) {
        await store.appendToStream(stream(), events(1000), {
          expectedRevision: batch === 0 ? 'no_stream' : BigInt(batch * 1000 - 1),
        });
      }
      const all = await store.readStream(stream());
      expect(all).toHaveLength(10_000);
      expect(
        all.every((e, i) => e.revision === BigInt(i) && (e.data as { i: number }).i === i % 1000),
      ).toBe(true);
    });

    it('reads $all in append order, both ways, filtered by stream or type prefix', async () => {
      await store.appendToStream(stream('x'), [event('A.one'), event('B.two')], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(stream('y'), [event('A.three')], {
        expectedRevision: 'no_stream',
      });
      await store.appendToStream(stream('x'), [event('A.four')], { expectedRevision: 1n });
      const byStream = await store.readAll({ filter: { streamNamePrefixes: [prefix] } });
      expect(byStream.map((e) => e.type)).toEqual(['A.one', 'B.two', 'A.three', 'A.four']);
      expect(
        byStream.every(
          (e, i) => i === 0 || comparePositions(byStream[i - 1]!.position, e.position) < 0,
        ),
      ).toBe(true);
      const onlyX = await store.readAll({ filter: { streamNamePrefixes: [stream('x')] } });
      expect(onlyX.map((e) => e.type)).toEqual(['A.one', 'B.two', 'A.four']);
      const backwards = await store.readAll({
        direction: 'backwards',
        filter: { streamNamePrefixes: [prefix] },
        maxCount: 2,
      });
      expect(backwards.map((e) => e.type)).toEqual(['A.four', 'A.three']);
      const typeA = (await store.readAll({ filter: { eventTypePrefixes: ['A.'] } })).filter((e) =>
        e.stream.startsWith(prefix),
      );
      expect(typeA.map((e) => e.type)).toEqual(['A.one', 'A.three', 'A.four']);
      const from = await store.readAll({
        fromPosition: byStream[2]!.position,
        filter: { streamNamePrefixes: [prefix] },
      });
      expect(from.map((e) => e.type)).toEqual(['A.three', 'A.four']);
    });

    it('subscribes: catches up, says so, then goes live with no gap and no duplicate', async () => {
      await store.appendToStream(stream(), events(300), { expectedRevision: 'no_stream' });
      const subscription = store.subscribeToAll({
        fromPosition: 'start',
        filter: { streamNamePrefixes: [prefix] },
      });
      const writer = (async () => {
        for (let i = 0; i < 20; i++) {
          await store.appendToStream(stream(), events(10, 'Live'), {
            expectedRevision: BigInt(299 + i * 10),
          });
        }
      })();
      const { events: seen, caughtUp } = await collect(subscription, 500, {
        timeoutMs: 30_000,
        untilCaughtUp: true,
      });
      await writer;
      expect(seen.map((e) => Number(e.revision))).toEqual(Array.from({ length: 500 }, (_, i) => i));
      expect(caughtUp).toBe(true);
    });

    it('resumes after a checkpoint, exclusively', async () => {
      await store.appendToStream(stream(), events(5), { expectedRevision: 'no_stream' });
      const written = await store.readStream(stream());
      const subscription = store.subscribeToAll({
        fromPosition: written[2]!.position,
        filter: { streamNamePrefixes: [prefix] },
      });
      const { events: seen } = await collect(subscription, 2);
      expect(seen.map((e) => Number(e.revision))).toEqual([3, 4]);
    });

    it('filters a subscription by event type prefix', async () => {
      const before = await store.appendToStream(stream(), [event('Drop.first')], {
        expectedRevision: 'no_stream',
      });
      const keep = `Keep${prefix}`;
      await store.appendToStream(
        stream(),
        [event(`${keep}a`), event('Drop.b'), event(`${keep}c`)],
        { expectedRevision: 0n },
      );
      const subscription = store.subscribeToAll({
        fromPosition: before.position,
        filter: { eventTypePrefixes: [keep] },
      });
      const { events: seen } = await collect(subscription, 2);
      expect(seen.map((e) => e.type)).toEqual([`${keep}a`, `${keep}c`]);
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe('appends across streams', () => {
      describeAppendsAcrossStreams(options.appendsAcrossStreams ?? true, () => ({ store, stream }));
    });

    // Last, so the events it adds do not lengthen the $all reads of the tests before it.
    it('links concurrent appends at any revision into one unbroken hash chain', async () => {
      const appends = Array.from({ length: 20 }, (_, i) =>
        store.appendToStream(
          stream('log'),
          i % 5 === 0 ? events(2, 'Logged') : events(1, 'Logged'),
          {
            expectedRevision: 'any',
            linkChain: true,
          },
        ),
      );
      await Promise.all(appends);
      const read = await store.readStream(stream('log'));
      expect(read).toHaveLength(24);
      expect(verifyStream(read)).toMatchObject({ ok: true, events: 24 });
      await expect(
        store.appendToStream(stream('log'), events(1), {
          expectedRevision: 'no_stream',
          linkChain: true,
        }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
    });
  });
}
