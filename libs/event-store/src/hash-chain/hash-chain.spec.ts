import { MemoryEventStore } from '../adapters/memory/memory-event-store';
import type { RecordedEvent } from '../port/event-store.port';
import { EventSerializer } from '../serialization/event-serializer';
import { UpcasterRegistry } from '../serialization/upcaster-registry';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, verifyStream } from './hash-chain';

const serializer = new EventSerializer(new UpcasterRegistry());
const meta = () => ({
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  actor: { id: 'alice', role: 'officer' },
  recordedAt: '2025-04-17T10:00:00.000Z',
});

async function chainedStream(count: number): Promise<RecordedEvent[]> {
  const store = new MemoryEventStore();
  const first = serializer.serialize(
    'complaint-1',
    [{ type: 'A', data: { n: 0 } }],
    meta,
    0n,
    GENESIS_HASH,
  );
  await store.appendToStream('complaint-1', first, { expectedRevision: 'no_stream' });
  let prev = (first[0]!.metadata as { hash: string }).hash;
  for (let i = 1; i < count; i++) {
    const next = serializer.serialize(
      'complaint-1',
      [{ type: 'B', data: { n: i, text: 'é' } }],
      meta,
      BigInt(i),
      prev,
    );
    await store.appendToStream('complaint-1', next, { expectedRevision: BigInt(i - 1) });
    prev = (next[0]!.metadata as { hash: string }).hash;
  }
  return store.readStream('complaint-1');
}

describe('hash chain', () => {
  it('canonical JSON ignores key order and undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"y":2}]},"b":1}',
    );
  });

  it('verifies an untouched stream and reports its head hash', async () => {
    const events = await chainedStream(5);
    const verdict = verifyStream(events);
    expect(verdict).toEqual({
      ok: true,
      events: 5,
      headHash: (events[4]!.metadata as { hash: string }).hash,
    });
  });

  it('names the event whose data was changed', async () => {
    const events = await chainedStream(5);
    const tampered = events.map((e, i) => (i === 2 ? { ...e, data: { n: 99, text: 'é' } } : e));
    expect(verifyStream(tampered)).toMatchObject({
      ok: false,
      firstBreak: { revision: 2n, reason: 'hash-mismatch', eventId: events[2]!.id },
    });
  });

  it('names the gap where an event was deleted', async () => {
    const events = await chainedStream(5);
    const deleted = events.filter((_, i) => i !== 1);
    expect(verifyStream(deleted)).toMatchObject({
      ok: false,
      firstBreak: { revision: 2n, reason: 'revision-gap' },
    });
  });

  it('detects an event re-hashed in place: the next link no longer matches', async () => {
    const events = await chainedStream(4);
    const forged = serializer.serialize(
      'complaint-1',
      [{ type: 'B', data: { n: 42 } }],
      meta,
      1n,
      (events[0]!.metadata as { hash: string }).hash,
    )[0]!;
    const replaced = events.map((e, i) =>
      i === 1 ? { ...e, id: forged.id, data: forged.data, metadata: forged.metadata } : e,
    );
    expect(verifyStream(replaced)).toMatchObject({
      ok: false,
      firstBreak: { revision: 2n, reason: 'prev-hash-mismatch' },
    });
  });

  it('detects metadata changes too (who did it is part of the record)', async () => {
    const events = await chainedStream(3);
    const altered = events.map((e, i) =>
      i === 0
        ? {
            ...e,
            metadata: { ...(e.metadata as object), actor: { id: 'mallory', role: 'officer' } },
          }
        : e,
    );
    expect(verifyStream(altered)).toMatchObject({
      ok: false,
      firstBreak: { revision: 0n, reason: 'hash-mismatch' },
    });
  });
});
