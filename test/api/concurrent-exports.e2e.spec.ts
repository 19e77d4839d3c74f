import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_PREFIX } from '@redress/audit';
import { commands as c } from '@redress/complaints/testing';
import { createEventStore, verifyStream } from '@redress/event-store';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';
import { startApi, type ApiHarness } from '../support/api-harness';

/** Exports append to one monthly access log; none may fail because others are exporting. */
describe('fifty simultaneous exports on SQLite', () => {
  let dataDir: string;
  let api: ApiHarness;
  const ids = Array.from({ length: 50 }, () => randomUUID());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-exports-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    await Promise.all(
      ids.map((id, n) =>
        executeComplaintCommand(c.log({ complaintId: id }), {
          store,
          now: () => new Date('2025-10-01T10:00:00Z'),
          actor: { id: 'officer-1', role: 'officer' },
          commandId: `log-${n}`,
          correlationId: `log-${n}`,
        }),
      ),
    );
    api = await startApi({ store, today: '2025-10-02' });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('all fifty answer 200, and the access log holds fifty entries in one unbroken chain', async () => {
    const replies = await Promise.all(
      ids.map((id, n) =>
        api.request({
          method: 'GET',
          url: `/complaints/${id}/export?format=${['json', 'csv', 'html'][n % 3]}`,
          role: 'auditor',
        }),
      ),
    );
    expect(replies.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
    const log = await api.store.readAll({ filter: { streamNamePrefixes: [ACCESS_LOG_PREFIX] } });
    expect(log).toHaveLength(50);
    expect(new Set(log.map((e) => (e.data as { complaintId: string }).complaintId))).toEqual(
      new Set(ids),
    );
    expect(verifyStream(await api.store.readStream('audit-access-2025-10'))).toMatchObject({
      ok: true,
      events: 50,
    });
  }, 60_000);
});
