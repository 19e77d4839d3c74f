import { MemoryEventStore } from '../adapters/memory/memory-event-store';
import { events } from '../testing/contract-helpers';
import type { RecordedEvent } from '../port/event-store.port';
import { MemoryCheckpointStore } from './checkpoint-store';
import { CheckpointedSubscription, type SubscriptionHandler } from './checkpointed-subscription';

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function recorder(): SubscriptionHandler & { seen: RecordedEvent[] } {
  const seen: RecordedEvent[] = [];
  return { seen, handle: async (e) => void seen.push(e) };
}

describe('checkpointed subscription runner', () => {
  it('delivers history then live events, saves its checkpoint and reports being live', async () => {
    const store = new MemoryEventStore();
    const checkpoints = new MemoryCheckpointStore();
    await store.appendToStream('s-1', events(3), { expectedRevision: 'no_stream' });
    const handler = recorder();
    const runner = new CheckpointedSubscription({ name: 'p', store, checkpoints, handler });
    const running = runner.run();
    await until(() => runner.status().state === 'live' && handler.seen.length === 3);
    await store.appendToStream('s-1', events(2), { expectedRevision: 2n });
    await until(() => handler.seen.length === 5);
    expect(runner.status()).toMatchObject({
      state: 'live',
      handled: 5,
      lagSeconds: 0,
      lastPosition: { commit: '4' },
    });
    expect(await checkpoints.load('p')).toEqual({ commit: 4n, prepare: 4n });
    await runner.stop();
    await running;
    expect(runner.status().state).toBe('stopped');
  });

  it('resumes after its checkpoint: nothing handled twice, nothing missed', async () => {
    const store = new MemoryEventStore();
    const checkpoints = new MemoryCheckpointStore();
    await store.appendToStream('s-1', events(4), { expectedRevision: 'no_stream' });
    const written = await store.readStream('s-1');
    await checkpoints.save('p', written[1]!.position);
    const handler = recorder();
    const runner = new CheckpointedSubscription({ name: 'p', store, checkpoints, handler });
    const running = runner.run();
    await until(() => handler.seen.length === 2);
    expect(handler.seen.map((e) => e.revision)).toEqual([2n, 3n]);
    await runner.stop();
    await running;
  });

  it('retries a failing event with backoff, then carries on', async () => {
    const store = new MemoryEventStore();
    await store.appendToStream('s-1', events(2), { expectedRevision: 'no_stream' });
    let failures = 2;
    const seen: bigint[] = [];
    const handler: SubscriptionHandler = {
      handle: async (e) => {
        if (e.revision === 0n && failures-- > 0) throw new Error('database busy');
        seen.push(e.revision);
      },
    };
    const runner = new CheckpointedSubscription({
      name: 'p',
      store,
      checkpoints: new MemoryCheckpointStore(),
      handler,
      baseDelayMs: 1,
    });
    const running = runner.run();
    await until(() => seen.length === 2);
    expect(seen).toEqual([0n, 1n]);
    await runner.stop();
    await running;
  });

  it('stops loudly after the last attempt and never skips the event', async () => {
    const store = new MemoryEventStore();
    const checkpoints = new MemoryCheckpointStore();
    await store.appendToStream('s-1', events(3), { expectedRevision: 'no_stream' });
    const errors: string[] = [];
    const handler: SubscriptionHandler = {
      handle: async (e) => {
        if (e.revision === 1n) throw new Error('bad row');
      },
    };
    const runner = new CheckpointedSubscription({
      name: 'p',
      store,
      checkpoints,
      handler,
      maxAttempts: 3,
      baseDelayMs: 1,
      logger: { warn: () => undefined, error: (m) => errors.push(m) },
    });
    await expect(runner.run()).rejects.toThrow('bad row');
    expect(runner.status()).toMatchObject({ state: 'failed', handled: 1, lastError: 'bad row' });
    expect(await checkpoints.load('p')).toEqual({ commit: 0n, prepare: 0n });
    expect(errors[0]).toContain('s-1@1');
  });

  it('leaves the checkpoint to a handler that saves it with its own writes', async () => {
    const store = new MemoryEventStore();
    const checkpoints = new MemoryCheckpointStore();
    await store.appendToStream('s-1', events(2), { expectedRevision: 'no_stream' });
    const handler: SubscriptionHandler = { savesCheckpoint: true, handle: async () => undefined };
    const runner = new CheckpointedSubscription({ name: 'p', store, checkpoints, handler });
    const running = runner.run();
    await until(() => runner.status().handled === 2);
    expect(await checkpoints.load('p')).toBeUndefined();
    await runner.stop();
    await running;
  });

  it('honours a stop() that arrives before the subscription has started', async () => {
    const store = new MemoryEventStore();
    const runner = new CheckpointedSubscription({
      name: 'p',
      store,
      checkpoints: new MemoryCheckpointStore(),
      handler: recorder(),
    });
    const running = runner.run();
    await runner.stop();
    await running;
    expect(runner.status().state).toBe('stopped');
  });
  describe('with a handler that batches its writes', () => {
    function batching(failFlushes = 0) {
      const applied: bigint[] = [];
      const written: bigint[][] = [];
      let staged: bigint[] = [];
      const handler: SubscriptionHandler = {
        savesCheckpoint: true,
        handle: async () => {
          throw new Error('a batching handler is never asked one event at a time');
        },
        apply: async (events) => {
          for (const e of events) {
            applied.push(e.revision);
            staged.push(e.revision);
          }
        },
        flush: async () => {
          if (failFlushes-- > 0) throw new Error('database busy');
          written.push(staged);
          staged = [];
        },
      };
      return { handler, applied, written };
    }

    it('writes history in a few transactions, not one per event, and each live event at once', async () => {
      const store = new MemoryEventStore();
      await store.appendToStream('s-1', events(500), { expectedRevision: 'no_stream' });
      const { handler, applied, written } = batching();
      const runner = new CheckpointedSubscription({
        name: 'p',
        store,
        checkpoints: new MemoryCheckpointStore(),
        handler,
      });
      const running = runner.run();
      await until(() => runner.status().state === 'live');
      // Every event applied once, in order, and written before the runner says it is live.
      expect(applied).toEqual(Array.from({ length: 500 }, (_, i) => BigInt(i)));
      expect(written.flat()).toEqual(applied);
      expect(written.length).toBeLessThan(50);
      expect(runner.status()).toMatchObject({ handled: 500, lastPosition: { commit: '499' } });
      // A live event is written without waiting for another to arrive.
      await store.appendToStream('s-1', events(1), { expectedRevision: 499n });
      await until(() => written.flat().length === 501);
      expect(runner.status()).toMatchObject({ handled: 501, lastPosition: { commit: '500' } });
      await runner.stop();
      await running;
    });

    it('retries a failed write, then carries on without losing or repeating an event', async () => {
      const store = new MemoryEventStore();
      await store.appendToStream('s-1', events(3), { expectedRevision: 'no_stream' });
      const { handler, written } = batching(2);
      const runner = new CheckpointedSubscription({
        name: 'p',
        store,
        checkpoints: new MemoryCheckpointStore(),
        handler,
        baseDelayMs: 1,
      });
      const running = runner.run();
      await until(() => runner.status().state === 'live');
      expect(written.flat()).toEqual([0n, 1n, 2n]);
      await runner.stop();
      await running;
    });

    it('stops loudly when its writes keep failing, having counted nothing unwritten', async () => {
      const store = new MemoryEventStore();
      await store.appendToStream('s-1', events(3), { expectedRevision: 'no_stream' });
      const { handler, written } = batching(99);
      const runner = new CheckpointedSubscription({
        name: 'p',
        store,
        checkpoints: new MemoryCheckpointStore(),
        handler,
        maxAttempts: 2,
        baseDelayMs: 1,
        logger: { warn: () => undefined, error: () => undefined },
      });
      await expect(runner.run()).rejects.toThrow('database busy');
      expect(written).toEqual([]);
      expect(runner.status()).toMatchObject({ state: 'failed', handled: 0 });
    });
  });
});
