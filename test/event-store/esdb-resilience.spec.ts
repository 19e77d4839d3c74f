import { setTimeout as delay } from 'node:timers/promises';
import {
  ConcurrencyError,
  StoreUnavailableError,
} from '@redress/event-store/port/concurrency-error';
import type { RecordedEvent } from '@redress/event-store/port/event-store.port';
import { comparePositions, positionFromJson } from '@redress/event-store/port/position';
import { EsdbEventStore } from '@redress/event-store/adapters/esdb/esdb-event-store';
import type {
  EsdbResilientSubscription,
  SubscriptionState,
} from '@redress/event-store/adapters/esdb/esdb-resilient.subscription';
import { collect, events, uniquePrefix } from '@redress/event-store/testing/contract-helpers';
import { startFakeEsdb, type FakeEsdb, type FakeEsdbOptions } from '../support/fake-esdb';

// Each test takes about a second at most; the margin is for busy machines.
jest.setTimeout(15_000);

type PositionJson = Parameters<typeof positionFromJson>[0];

interface Warning {
  message: string;
  meta?: Record<string, unknown>;
}

async function until(what: string, condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await delay(2);
  }
}

/** Reads a subscription in the background, recording its messages and every state it passes. */
function watch(subscription: EsdbResilientSubscription) {
  const seen: RecordedEvent[] = [];
  const states: SubscriptionState[] = [subscription.state];
  let caughtUp = 0;
  const sampler = setInterval(() => {
    if (states[states.length - 1] !== subscription.state) states.push(subscription.state);
  }, 1);
  const reading = (async () => {
    for await (const message of subscription) {
      if (message.kind === 'caught-up') caughtUp++;
      else seen.push(message.event);
    }
  })().finally(() => clearInterval(sampler));
  return { seen, states, caughtUps: () => caughtUp, reading };
}

const revisions = (seen: RecordedEvent[]) => seen.map((e) => Number(e.revision));
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('EventStoreDB adapter against the fake server: resilience', () => {
  let fake: FakeEsdb;
  let store: EsdbEventStore;
  let warnings: Warning[];

  async function open(
    options?: FakeEsdbOptions,
    backoff = { initialDelayMs: 100, maxDelayMs: 5_000 },
  ) {
    fake = await startFakeEsdb(options);
    warnings = [];
    store = new EsdbEventStore(fake.url, {
      backoff,
      logger: { warn: (message, meta) => warnings.push({ message, meta }) },
    });
  }

  afterEach(async () => {
    await store?.close();
    await fake?.stop();
  });

  it('keeps a subscription through dropped connections: every event once, in order', async () => {
    await open();
    const prefix = uniquePrefix('drop');
    const stream = `${prefix}a`;
    await store.appendToStream(stream, events(5), { expectedRevision: 'no_stream' });
    const subscription = store.subscribeToAll({ filter: { streamNamePrefixes: [prefix] } });
    const watcher = watch(subscription);
    await until('the backlog', () => watcher.seen.length === 5 && subscription.state === 'live');

    fake.dropConnections();
    await until('the drop to be noticed', () => subscription.state === 'reconnecting');
    expect(store.subscriptionStates()).toEqual(['reconnecting']);
    await store.appendToStream(stream, events(5), { expectedRevision: 4n });
    await until('events after the drop', () => watcher.seen.length >= 10);
    await until('live again', () => subscription.state === 'live');

    fake.dropConnections();
    await store.appendToStream(stream, events(5), { expectedRevision: 9n });
    await until('events after the second drop', () => watcher.seen.length >= 15);
    await until('live once more', () => subscription.state === 'live');
    await delay(50); // room for a duplicate to show up, if there were one

    expect(revisions(watcher.seen)).toEqual(range(15));
    expect(watcher.caughtUps()).toBe(1);
    expect(watcher.states.join(' > ')).toMatch(
      /live > reconnecting > .*live > reconnecting > .*live$/,
    );
    expect(warnings.length).toBe(2);
    expect(warnings[0]!.meta).toMatchObject({ attempt: 1, retryInMs: 100 });
    expect(store.subscriptionStates()).toEqual(['live']);

    await subscription.close();
    await watcher.reading;
    expect(subscription.state).toBe('closed');
    expect(store.subscriptionStates()).toEqual([]);
  });

  it('resumes a catch-up cut off half way without a gap or a duplicate', async () => {
    await open();
    const prefix = uniquePrefix('halfway');
    for (let batch = 0; batch < 3; batch++) {
      await store.appendToStream(`${prefix}a`, events(1000), {
        expectedRevision: batch === 0 ? 'no_stream' : BigInt(batch * 1000 - 1),
      });
    }
    const subscription = store.subscribeToAll({ filter: { streamNamePrefixes: [prefix] } });
    const seen: RecordedEvent[] = [];
    let caughtUp = false;
    for await (const message of subscription) {
      if (message.kind === 'caught-up') caughtUp = true;
      else seen.push(message.event);
      if (seen.length === 200 && message.kind === 'event') fake.dropConnections();
      if (seen.length === 3000 && caughtUp) break;
    }
    expect(warnings).toHaveLength(1);
    // The cut came while the backlog was still being sent, not after it.
    const resumedAfter = positionFromJson(warnings[0]!.meta!.resumeAfter as PositionJson);
    expect(comparePositions(resumedAfter, seen[2999]!.position)).toBeLessThan(0);
    expect(revisions(seen)).toEqual(range(3000));
  });

  it('retries while the server is down, waiting longer each time up to the bound', async () => {
    await open(undefined, { initialDelayMs: 10, maxDelayMs: 40 });
    await fake.stop();
    const subscription = store.subscribeToAll();
    const watcher = watch(subscription);
    await until('five attempts', () => warnings.length >= 5);
    expect(subscription.state).toBe('reconnecting');
    expect(warnings.slice(0, 5).map((w) => w.meta?.retryInMs)).toEqual([10, 20, 40, 40, 40]);
    await subscription.close();
    await watcher.reading;
    expect(watcher.seen).toEqual([]);
  });

  it('fails ping, reads and appends on a stopped server with StoreUnavailableError', async () => {
    await open();
    await expect(store.ping()).resolves.toBeUndefined();
    await fake.stop();
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readStream('anything')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(
      store.appendToStream('anything', events(1), { expectedRevision: 'any' }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  describe.each([
    ['BatchAppend (servers listing their features)', { serverFeatures: true }],
    ['Append (older servers)', { serverFeatures: false }],
  ])('conflicts through %s', (_name, options) => {
    it('map to ConcurrencyError with the expected and actual revisions', async () => {
      await open(options);
      const stream = `${uniquePrefix('conflict')}a`;
      await store.appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      const stale = await store
        .appendToStream(stream, events(1), { expectedRevision: 0n })
        .catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(ConcurrencyError);
      expect(stale).toMatchObject({ stream, expected: 0n, actual: 1n });
      const exists = await store
        .appendToStream(stream, events(1), { expectedRevision: 'no_stream' })
        .catch((e: unknown) => e);
      expect(exists).toMatchObject({ expected: 'no_stream', actual: 1n });
      const missing = await store
        .appendToStream(`${stream}-missing`, events(1), { expectedRevision: 'stream_exists' })
        .catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ConcurrencyError);
      expect(missing).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    });
  });

  describe('against a server that never sends caught_up (before 23.10)', () => {
    it('says caught-up once the last event of $all is delivered', async () => {
      await open({ caughtUpMessages: false });
      const prefix = uniquePrefix('old');
      await store.appendToStream(`${prefix}a`, events(3), { expectedRevision: 'no_stream' });
      const subscription = store.subscribeToAll({ filter: { streamNamePrefixes: [prefix] } });
      const result = await collect(subscription, 3, { untilCaughtUp: true, timeoutMs: 5_000 });
      expect(result.caughtUp).toBe(true);
      expect(revisions(result.events)).toEqual([0, 1, 2]);
    });

    it('says caught-up from a checkpoint when the last event of $all is filtered out', async () => {
      await open({ caughtUpMessages: false });
      const prefix = uniquePrefix('old');
      await store.appendToStream(`${prefix}kept`, events(2), { expectedRevision: 'no_stream' });
      await store.appendToStream(`${prefix}other`, events(2), { expectedRevision: 'no_stream' });
      const subscription = store.subscribeToAll({
        filter: { streamNamePrefixes: [`${prefix}kept`] },
      });
      const watcher = watch(subscription);
      await until('caught up', () => watcher.caughtUps() === 1);
      expect(subscription.state).toBe('live');
      expect(revisions(watcher.seen)).toEqual([0, 1]);
      await subscription.close();
      await watcher.reading;
    });

    it('says caught-up at once on an empty log', async () => {
      await open({ caughtUpMessages: false });
      const result = await collect(store.subscribeToAll(), 0, {
        untilCaughtUp: true,
        timeoutMs: 5_000,
      });
      expect(result).toEqual({ events: [], caughtUp: true });
    });
  });
});
