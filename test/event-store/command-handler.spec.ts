import {
  decide,
  evolve,
  initialState,
  ComplaintError,
  type ComplaintCommand,
  type ComplaintEvent,
} from '@redress/complaints';
import { commands as c, contextOn } from '@redress/complaints/testing';
import {
  ConcurrencyError,
  EventSerializer,
  handleCommand,
  MemoryEventStore,
  UpcasterRegistry,
  verifyStream,
  type EventStore,
} from '@redress/event-store';

const decider = { initialState, evolve, decide };
const stream = 'complaint-0001';

function setup(store: EventStore = new MemoryEventStore()) {
  const options = {
    store,
    serializer: new EventSerializer(new UpcasterRegistry()),
    now: () => new Date('2025-04-17T10:00:00Z'),
  };
  const run = (
    command: ComplaintCommand,
    commandId: string,
    on = '2025-04-17',
    expectedRevision?: bigint,
    newStream?: boolean,
  ) =>
    handleCommand(
      decider,
      {
        stream,
        command,
        context: () => contextOn(on),
        metadata: {
          commandId,
          correlationId: `corr-${commandId}`,
          causationId: commandId,
          actor: { id: 'alice', role: 'officer' },
        },
        expectedRevision,
        newStream,
      },
      options,
    );
  return { store, run };
}

describe('the generic command handler', () => {
  it('reads, folds, decides and appends with metadata and a hash chain', async () => {
    const { store, run } = setup();
    const result = await run(c.log(), 'cmd-1');
    expect(result).toMatchObject({ revision: 0n, replayed: false });
    expect(result.events.map((e: ComplaintEvent) => e.type)).toEqual(['ComplaintReceived']);
    const [stored] = await store.readStream(stream);
    expect(stored?.metadata).toMatchObject({
      commandId: 'cmd-1',
      correlationId: 'corr-cmd-1',
      actor: { id: 'alice', role: 'officer' },
      recordedAt: '2025-04-17T10:00:00.000Z',
      effectiveOn: '2025-04-17',
      schemaVersion: 1,
    });
    await run(c.acknowledge1(), 'cmd-2', '2025-04-22');
    expect(verifyStream(await store.readStream(stream))).toMatchObject({ ok: true, events: 2 });
  });

  it('is idempotent: a command id already applied returns the first result and appends nothing', async () => {
    const { store, run } = setup();
    await run(c.log(), 'cmd-1');
    const first = await run(c.acknowledge1(), 'cmd-2', '2025-04-22');
    const again = await run(c.acknowledge1(), 'cmd-2', '2025-04-23');
    expect(again).toMatchObject({ revision: first.revision, replayed: true });
    expect(again.events).toEqual(first.events);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('lets a refused command write nothing', async () => {
    const { store, run } = setup();
    await run(c.log(), 'cmd-1');
    await expect(run(c.close(), 'cmd-2')).rejects.toBeInstanceOf(ComplaintError);
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('retries a conflict by deciding again on fresh state: concurrent legal commands all land', async () => {
    const { store, run } = setup();
    await run(c.log(), 'cmd-1');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run(c.adjustment({ adjustment: `adjustment ${i}` }), `adj-${i}`, '2025-04-18'),
      ),
    );
    expect(new Set(results.map((r) => r.revision)).size).toBe(10);
    expect(await store.readStream(stream)).toHaveLength(11);
    expect(verifyStream(await store.readStream(stream)).ok).toBe(true);
  });

  it('only one of two racing acknowledgements applies; the other is refused by the rules after re-reading', async () => {
    const { store, run } = setup();
    await run(c.log(), 'cmd-1');
    const outcomes = await Promise.allSettled([
      run(c.acknowledge1(), 'a', '2025-04-22'),
      run(c.acknowledge1({ handlerId: 'bob' }), 'b', '2025-04-22'),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('If-Match: a pinned revision that has moved on fails at once, without retrying', async () => {
    const { store, run } = setup();
    await run(c.log(), 'cmd-1');
    await expect(run(c.acknowledge1(), 'cmd-2', '2025-04-22', 5n)).rejects.toMatchObject({
      expected: 5n,
      actual: 0n,
    });
    expect(await store.readStream(stream)).toHaveLength(1);
    await expect(run(c.acknowledge1(), 'cmd-3', '2025-04-22', 0n)).resolves.toMatchObject({
      revision: 1n,
    });
  });

  it('decides a new stream without reading it; one that exists after all is read on the retry', async () => {
    const inner = new MemoryEventStore();
    let reads = 0;
    const counting: EventStore = Object.assign(Object.create(inner) as EventStore, {
      readStream: (...args: Parameters<EventStore['readStream']>) => {
        reads++;
        return inner.readStream(...args);
      },
      appendToStream: inner.appendToStream.bind(inner),
    });
    const { run } = setup(counting);
    await expect(run(c.log(), 'cmd-1', '2025-04-17', undefined, true)).resolves.toMatchObject({
      revision: 0n,
    });
    expect(reads).toBe(0);
    // The same id again: the blind append conflicts, the retry reads and the rules refuse.
    await expect(run(c.log(), 'cmd-2', '2025-04-17', undefined, true)).rejects.toMatchObject({
      code: 'COMPLAINT_ALREADY_LOGGED',
    });
    expect(reads).toBe(1);
    // And a replayed command id is still recognised on that read.
    await expect(run(c.log(), 'cmd-1', '2025-04-17', undefined, true)).resolves.toMatchObject({
      replayed: true,
    });
    expect(await inner.readStream(stream)).toHaveLength(1);
  });

  it('gives up with ConcurrencyError after a bounded number of conflicts', async () => {
    const inner = new MemoryEventStore();
    let appends = 0;
    const alwaysConflicting: EventStore = Object.assign(Object.create(inner) as EventStore, {
      appendToStream: async () => {
        appends++;
        throw new ConcurrencyError(stream, 'no_stream', 0n);
      },
      readStream: inner.readStream.bind(inner),
    });
    const { run } = setup(alwaysConflicting);
    await expect(run(c.log(), 'cmd-1')).rejects.toBeInstanceOf(ConcurrencyError);
    expect(appends).toBe(10);
  });
});
