import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendChained,
  MemoryEventStore,
  SqliteEventStore,
  verifyStream,
  type EventStore,
  type RecordedEvent,
} from '@redress/event-store';
import { EsdbEventStore } from '@redress/event-store/adapters/esdb/esdb-event-store';
import { startApi, type ApiHarness } from '../support/api-harness';
import { startFakeEsdb, type FakeEsdb } from '../support/fake-esdb';

// Fifty logs at once on a busy two-core machine, some on a gRPC fake in this same thread.
jest.setTimeout(120_000);

const stores: [string, () => Promise<{ store: EventStore; stop(): Promise<void> }>][] = [
  ['memory', async () => ({ store: new MemoryEventStore(), stop: async () => undefined })],
  [
    'SQLite',
    async () => {
      const store = new SqliteEventStore(
        join(mkdtempSync(join(tmpdir(), 'redress-refs-')), 'redress.sqlite'),
      );
      return { store, stop: async () => undefined };
    },
  ],
  [
    'EventStoreDB (fake server)',
    async () => {
      const fake: FakeEsdb = await startFakeEsdb();
      return { store: new EsdbEventStore(fake.url), stop: () => fake.stop() };
    },
  ],
];

describe.each(stores)('complaint references on the %s store', (_name, open) => {
  let api: ApiHarness;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const opened = await open();
    stop = opened.stop;
    api = await startApi({ store: opened.store, today: '2025-04-17' });
  });
  afterAll(async () => {
    await api.close();
    await stop();
  });

  it('gives 50 complaints logged at once 50 different references, each naming its complaint', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.request({
          method: 'POST',
          url: '/complaints',
          role: 'officer',
          body: { channel: 'EMAIL', residentRef: `R-${i}`, description: 'Damp' },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const logged = responses.map((r) => r.json() as { id: string; reference: string });
    const references = logged.map((l) => l.reference);
    expect(new Set(references).size).toBe(50);
    for (const reference of references) expect(reference).toMatch(/^C-2025-\d{6}$/);
    // Numbered without gaps.
    expect([...references].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `C-2025-${String(i + 1).padStart(6, '0')}`),
    );
    const allocations = await api.store.readStream('reference-2025');
    expect(allocations).toHaveLength(50);
    expect(verifyStream(allocations)).toMatchObject({ ok: true, events: 50 });
    const commandOf = (e: RecordedEvent) => (e.metadata as { commandId: string }).commandId;
    if (api.store.appendToStreams) {
      // Each allocation was written with its complaint's events, in the same commit: it
      // carries the log's command id, and no complaint is ever stored without its reference.
      for (const allocation of allocations) {
        const { complaintId } = allocation.data as { complaintId: string };
        const [received] = await api.store.readStream(`complaint-${complaintId}`);
        expect(commandOf(allocation)).toBe(commandOf(received!));
        expect(allocation.created).toEqual(received!.created);
      }
    } else {
      // Written afterwards in batches (a commit shared by the allocations that queued behind
      // one another) rather than fifty racing appends, each by its own officer.
      expect(new Set(allocations.map(commandOf)).size).toBeLessThan(50);
    }
    for (const event of allocations)
      expect(event.metadata).toMatchObject({ actor: { id: 'officer-1', role: 'officer' } });
    // Each reference opens its own complaint through the API's complaint-id pipe.
    for (const { id, reference } of logged.slice(0, 10)) {
      const byReference = await api.request({
        method: 'GET',
        url: `/complaints/${reference}`,
        role: 'auditor',
      });
      expect(byReference.statusCode).toBe(200);
      expect(byReference.json()).toMatchObject({ id, reference });
    }
  });

  it('counts on past a reference allocated by another writer of the same store', async () => {
    const log = async () =>
      (
        await api.request({
          method: 'POST',
          url: '/complaints',
          role: 'officer',
          body: { channel: 'EMAIL', residentRef: 'R-y', description: 'Damp' },
        })
      ).json() as { reference: string };
    const before = Number((await log()).reference.slice(7));
    // Another api (or the demo loader) on the same store takes the next number meanwhile.
    await appendChained(
      api.store,
      'reference-2025',
      (revision) => ({
        type: 'ReferenceAllocated',
        data: {
          reference: `C-2025-${String(Number(revision) + 1).padStart(6, '0')}`,
          complaintId: 'elsewhere',
        },
      }),
      { id: 'other', role: 'officer' },
    );
    expect(Number((await log()).reference.slice(7))).toBe(before + 2);
    expect(verifyStream(await api.store.readStream('reference-2025')).ok).toBe(true);
  });

  it('gives a retried log (same Idempotency-Key) the same reference, and an unknown reference 404', async () => {
    const log = () =>
      api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        headers: { 'idempotency-key': 'retry-1' },
        body: { channel: 'EMAIL', residentRef: 'R-x', description: 'Damp' },
      });
    const first = (await log()).json();
    const again = (await log()).json();
    expect(again.reference).toBe(first.reference);
    const missing = await api.request({
      method: 'GET',
      url: '/complaints/C-1999-000001',
      role: 'auditor',
    });
    expect(missing.statusCode).toBe(404);
  });
});
