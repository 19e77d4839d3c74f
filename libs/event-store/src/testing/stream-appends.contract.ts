import { verifyStream } from '../hash-chain/hash-chain';
import { ConcurrencyError } from '../port/concurrency-error';
import type { EventStore, StreamAppend } from '../port/event-store.port';
import { comparePositions } from '../port/position';
import { event, events } from './contract-helpers';

/**
 * The contract's part on appends across streams (`appendToStreams`): all or nothing, in one
 * commit, where an adapter offers them; absent where it cannot (EventStoreDB writes one stream
 * per append), so callers know to write one stream at a time.
 */
export function describeAppendsAcrossStreams(
  offered: boolean,
  current: () => { readonly store: EventStore; readonly stream: (n?: string) => string },
): void {
  if (!offered) {
    it('offers no append across streams, so callers write one stream at a time', () => {
      expect(current().store.appendToStreams).toBeUndefined();
    });
    return;
  }

  const across = (appends: readonly StreamAppend[]) => current().store.appendToStreams!(appends);

  it('appends to several streams at once, answering in the order given', async () => {
    const { store, stream } = current();
    await store.appendToStream(stream('b'), events(2), { expectedRevision: 'no_stream' });
    const results = await across([
      { stream: stream('a'), events: events(1), options: { expectedRevision: 'no_stream' } },
      { stream: stream('b'), events: events(2), options: { expectedRevision: 1n } },
    ]);
    expect(results.map((r) => r.nextExpectedRevision)).toEqual([0n, 3n]);
    const [a, b] = [await store.readStream(stream('a')), await store.readStream(stream('b'))];
    expect(a).toHaveLength(1);
    expect(b.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
    expect(comparePositions(results[0]!.position, a[0]!.position)).toBe(0);
    expect(comparePositions(results[1]!.position, b[3]!.position)).toBe(0);
    // Written together: the same commit time for both.
    expect(b[3]!.created).toEqual(a[0]!.created);
  });

  it('writes nothing when any stream is not at its expected revision, and says which', async () => {
    const { store, stream } = current();
    await store.appendToStream(stream('b'), events(1), { expectedRevision: 'no_stream' });
    const refused = await across([
      { stream: stream('a'), events: events(2), options: { expectedRevision: 'no_stream' } },
      { stream: stream('b'), events: events(1), options: { expectedRevision: 5n } },
    ]).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConcurrencyError);
    expect(refused).toMatchObject({ stream: stream('b'), expected: 5n, actual: 0n });
    expect(await store.readStream(stream('a'))).toEqual([]);
    expect(await store.readStream(stream('b'))).toHaveLength(1);
  });

  it('refuses a stream named twice in one append', async () => {
    const { stream } = current();
    const part = { stream: stream(), events: events(1), options: { expectedRevision: 'any' } };
    await expect(across([part, part] as StreamAppend[])).rejects.toThrow(/each stream once/);
    expect(await current().store.readStream(stream())).toEqual([]);
  });

  it('lets exactly one of 20 concurrent appends claiming the same revision win, whole', async () => {
    const { store, stream } = current();
    await store.appendToStream(stream('shared'), events(1), { expectedRevision: 'no_stream' });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        across([
          {
            stream: stream(`own${i}`),
            events: events(1),
            options: { expectedRevision: 'no_stream' },
          },
          {
            stream: stream('shared'),
            events: [event('Claimed', { i })],
            options: { expectedRevision: 0n },
          },
        ]),
      ),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const [i, r] of results.entries()) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConcurrencyError);
      // A loser's own stream was not written either.
      expect(await store.readStream(stream(`own${i}`))).toHaveLength(i === won[0] ? 1 : 0);
    }
    const shared = await store.readStream(stream('shared'));
    expect(shared.map((e) => e.data)).toEqual([{ i: 0 }, { i: won[0] }]);
  });

  it('lets consecutive claims in one burst all win, each linked into its chain', async () => {
    const { store, stream } = current();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        across([
          {
            stream: stream(`own${i}`),
            events: events(2),
            options: { expectedRevision: 'no_stream' },
          },
          {
            stream: stream('numbered'),
            events: [event('Numbered', { i }, {})],
            options: { expectedRevision: i === 0 ? 'no_stream' : BigInt(i - 1), linkChain: true },
          },
        ]),
      ),
    );
    expect(results.map((r) => r[1]!.nextExpectedRevision)).toEqual(
      Array.from({ length: 20 }, (_, i) => BigInt(i)),
    );
    const numbered = await store.readStream(stream('numbered'));
    expect(verifyStream(numbered)).toMatchObject({ ok: true, events: 20 });
  });
}
