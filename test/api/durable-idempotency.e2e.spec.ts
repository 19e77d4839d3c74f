import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@redress/event-store';
import { startApi } from '../support/api-harness';

describe('idempotency survives a restart on the embedded store', () => {
  it('a retry after the api restarted returns the first response and appends nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redress-idem-'));
    const body = { channel: 'LETTER', residentRef: 'R-9', description: 'Broken boiler' };
    const headers = { 'idempotency-key': 'post-room-2025-04-17-07' };
    const first = await startApi({ store: await createEventStore({ kind: 'sqlite', dataDir }) });
    const before = await first.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body,
      headers,
    });
    await first.close();
    const second = await startApi({ store: await createEventStore({ kind: 'sqlite', dataDir }) });
    const after = await second.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body,
      headers,
    });
    expect(after.json()).toEqual(before.json());
    // One complaint event and its reference's allocation, both from the first request only.
    const stored = await second.store.readAll();
    expect(stored.map((e) => e.type)).toEqual(['ComplaintReceived', 'ReferenceAllocated']);
    await second.close();
    // Two start-ups of the api on SQLite: seconds on a busy machine, no timing asserted.
  }, 60_000);
});
