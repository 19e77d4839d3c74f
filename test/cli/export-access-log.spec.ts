import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_PREFIX } from '@redress/audit';
import { createEventStore, verifyStream } from '@redress/event-store';
import { cliIn } from '../support/cli-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';

/** Every export is recorded, whether it leaves over HTTP or from the command line. */
describe('redress export writes the access log', () => {
  let dataDir: string;
  let id: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-export-log-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    ({ id } = await recordAuditedComplaint(store));
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('one hash-chained entry per export, naming the account, the complaint and the format', async () => {
    expect((await cliIn(dataDir, 'export', id, '--format', 'csv')).code).toBe(0);
    expect((await cliIn(dataDir, 'export', id, '--format', 'html')).code).toBe(0);
    expect((await cliIn(dataDir, 'export', '00000000-0000-4000-8000-000000000000')).code).toBe(3);
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    const log = await store.readAll({ filter: { streamNamePrefixes: [ACCESS_LOG_PREFIX] } });
    expect(
      log.map((e) => [
        e.type,
        (e.data as { complaintId: string }).complaintId,
        (e.data as { format: string }).format,
      ]),
    ).toEqual([
      ['ComplaintRecordExported', id, 'csv'],
      ['ComplaintRecordExported', id, 'html'],
    ]);
    expect(log.map((e) => (e.metadata as { actor: { id: string } }).actor.id)).toEqual([
      `cli:${userInfo().username}`,
      `cli:${userInfo().username}`,
    ]);
    expect(verifyStream(log).ok).toBe(true);
    await store.close();
  });
});
