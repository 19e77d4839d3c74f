import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import {
  createEventStore,
  MemoryEventStore,
  readSealBook,
  SEAL_STREAM,
  sqliteFile,
  type EventStore,
} from '@redress/event-store';
import { startApi, type ApiHarness } from '../support/api-harness';
import { SealScheduler } from '../../apps/api/src/seals/shared/seal-scheduler.service';
import { recordAuditedComplaint } from '../support/audited-complaint';
import type { RedressConfig } from '@redress/config';
import { REDRESS_CONFIG } from '../../apps/api/src/store/tokens';

describe('seals over HTTP', () => {
  let dataDir: string;
  let store: EventStore;
  let api: ApiHarness;
  let id: string;
  const as = (
    role: 'admin' | 'auditor' | 'officer' | 'manager',
    method: 'GET' | 'POST',
    url: string,
  ) => api.request({ method, url, role });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-seals-api-'));
    store = await createEventStore({ kind: 'sqlite', dataDir });
    ({ id } = await recordAuditedComplaint(store));
    api = await startApi({ store, today: '2025-10-02', env: { REDRESS_SEAL_EVERY: 'off' } });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('before the first seal: exports say so, and there is no latest seal', async () => {
    const html = await as('auditor', 'GET', `/complaints/${id}/export?format=html`);
    expect(html.body).toContain('The store has not been sealed yet.');
    expect((await as('auditor', 'GET', '/audit/seals/latest')).statusCode).toBe(404);
  });

  it('an admin seals on demand; others may not', async () => {
    expect((await as('officer', 'POST', '/audit/seals')).statusCode).toBe(403);
    expect((await as('auditor', 'POST', '/audit/seals')).statusCode).toBe(403);
    const sealed = await as('admin', 'POST', '/audit/seals');
    expect(sealed.statusCode).toBe(201);
    const doc = sealed.json();
    expect(doc.statement).toMatchObject({
      format: 'redress-seal/1',
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      streams: 2,
      previousDigest: null,
    });
    expect(doc.publicKey).toContain('BEGIN PUBLIC KEY');
    const latest = await as('auditor', 'GET', '/audit/seals/latest');
    expect(latest.json()).toEqual(doc);
  });

  it('exports and the annual report print the latest seal digest', async () => {
    const { digest } = (await as('auditor', 'GET', '/audit/seals/latest')).json().statement;
    const json = await as('auditor', 'GET', `/complaints/${id}/export?format=json`);
    expect(json.json().verification.latestSeal).toMatchObject({ digest });
    const csv = parse((await as('auditor', 'GET', `/complaints/${id}/export?format=csv`)).body);
    expect(csv).toContainEqual(['verification', 'latestSeal', 'digest', digest]);
    const html = await as('auditor', 'GET', `/complaints/${id}/export?format=html`);
    expect(html.body).toContain(digest);
    const report = await as('manager', 'GET', '/reports/annual?year=2025/26');
    expect(report.json().latestSeal).toMatchObject({ digest });
    const reportCsv = await as('manager', 'GET', '/reports/annual?year=2025/26&format=csv');
    expect(reportCsv.body).toContain(`report,latest seal digest,,2025/26,${digest}`);
  });

  it('/audit/verify checks the complaint against the latest seal: a cut-back tail is named', async () => {
    const before = (await as('auditor', 'GET', `/audit/verify?complaint=${id}`)).json();
    expect(before).toMatchObject({ intact: true, seal: { matches: true } });
    const db = new BetterSqlite3(sqliteFile(dataDir));
    db.prepare('DELETE FROM events WHERE stream = ? AND revision = 9').run(`complaint-${id}`);
    db.prepare('UPDATE streams SET revision = 8 WHERE stream = ?').run(`complaint-${id}`);
    db.close();
    const after = (await as('auditor', 'GET', `/audit/verify?complaint=${id}`)).json();
    expect(after).toMatchObject({
      intact: false,
      events: 9,
      seal: {
        matches: false,
        problem: expect.stringMatching(/^truncated: at the seal it ended at revision 9/),
      },
    });
  });
});

describe('history over HTTP on an altered stream', () => {
  it('says the chain is broken, and where', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redress-history-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    const { id } = await recordAuditedComplaint(store);
    const api = await startApi({ store, env: { REDRESS_SEAL_EVERY: 'off' } });
    try {
      const intact = await api.request({
        method: 'GET',
        url: `/complaints/${id}/history`,
        role: 'auditor',
      });
      expect(intact.json().chain).toEqual({ intact: true });
      const db = new BetterSqlite3(sqliteFile(dataDir));
      db.prepare(
        `UPDATE events SET data = json_set(data, '$.reason', 'edited') WHERE stream = ? AND revision = 2`,
      ).run(`complaint-${id}`);
      db.close();
      const altered = await api.request({
        method: 'GET',
        url: `/complaints/${id}/history`,
        role: 'auditor',
      });
      expect(altered.statusCode).toBe(200);
      expect(altered.json().chain).toMatchObject({
        intact: false,
        firstBreak: { revision: 2, reason: 'hash-mismatch' },
      });
    } finally {
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** A stream of the test's own, outside every projection. */
const NOTES = 'note-seal-test';
const note = () => ({ id: randomUUID(), type: 'Noted', data: {}, metadata: {} });

describe('the seal scheduler', () => {
  it('seals on its interval inside the api, and stops with it', async () => {
    const store = new MemoryEventStore();
    await recordAuditedComplaint(store);
    const api = await startApi({ store, env: { REDRESS_SEAL_EVERY: '10s' } });
    try {
      const deadline = Date.now() + 60_000;
      while ((await readSealBook(store)).seals.length === 0 && Date.now() < deadline)
        await sleep(250);
      expect((await readSealBook(store)).seals).toHaveLength(1);
    } finally {
      await api.close();
    }
    const count = (await readSealBook(store)).seals.length;
    await sleep(11_000);
    expect((await readSealBook(store)).seals).toHaveLength(count);
  }, 90_000);

  it('on the embedded default, seals on the background worker thread, not the main one', async () => {
    const api = await startApi({ onDisk: true, env: { REDRESS_SEAL_EVERY: '10s' } });
    try {
      // The first seal of a large store walks the whole log: not on the request path's loop.
      expect(api.app.get(SealScheduler).schedulesHere).toBe(false);
      const { id } = await recordAuditedComplaint(api.store);
      const deadline = Date.now() + 60_000;
      while ((await readSealBook(api.store)).seals.length === 0 && Date.now() < deadline)
        await sleep(250);
      const { seals } = await readSealBook(api.store);
      expect(seals).toHaveLength(1);
      const [sealed] = await api.store.readStream(SEAL_STREAM);
      expect(sealed!.metadata).toMatchObject({
        actor: { id: 'redress-scheduler', role: 'system' },
      });
      // It covers what the main thread's connection wrote before it.
      const complaint = await api.store.readStream(`complaint-${id}`);
      const { position } = seals[0]!.document.statement;
      expect(BigInt(position.commit)).toBeGreaterThanOrEqual(complaint.at(-1)!.position.commit);
    } finally {
      await api.close();
    }
  }, 90_000);

  it('on the embedded default, an admin’s seal is made on the background worker too, and a refusal is still a 409', async () => {
    const api = await startApi({
      onDisk: true,
      today: '2025-10-02',
      env: { REDRESS_SEAL_EVERY: '24h' },
    });
    try {
      await recordAuditedComplaint(api.store);
      await api.store.appendToStream(NOTES, [note(), note()], {
        expectedRevision: 'no_stream',
        linkChain: true,
      });
      // The walk of the log is the worker's: the main thread's connection reads no events for it.
      const readAll = jest.spyOn(api.store, 'readAll');
      const sealed = await api.request({ method: 'POST', url: '/audit/seals', role: 'admin' });
      expect(readAll).not.toHaveBeenCalled();
      readAll.mockRestore();
      expect(sealed.statusCode).toBe(201);
      const { statement } = sealed.json();
      // Sealed at the api's time of the request, by the admin, covering what was written before.
      expect(statement.sealedAt).toBe(api.clock.now().toISOString());
      const notes = await api.store.readStream(NOTES);
      expect(BigInt(statement.position.commit)).toBe(notes.at(-1)!.position.commit);
      const [written] = await api.store.readStream(SEAL_STREAM);
      expect(written!.metadata).toMatchObject({ actor: { id: 'admin-1', role: 'admin' } });
      const latest = await api.request({
        method: 'GET',
        url: '/audit/seals/latest',
        role: 'auditor',
      });
      expect(latest.json()).toEqual(sealed.json());

      // A stream cut back after the seal and appended to: the worker refuses to seal over it, as
      // the main thread would, and the api answers with the same problem.
      const dataDir = api.app.get<symbol, RedressConfig>(REDRESS_CONFIG).dataDir;
      const file = new BetterSqlite3(sqliteFile(dataDir));
      file.prepare('DELETE FROM events WHERE stream = ? AND revision = 1').run(NOTES);
      file.prepare('UPDATE streams SET revision = 0 WHERE stream = ?').run(NOTES);
      file.close();
      const other = await createEventStore({ kind: 'sqlite', dataDir });
      await other.appendToStream(NOTES, [note()], { expectedRevision: 'any', linkChain: true });
      await other.close();
      const refused = await api.request({ method: 'POST', url: '/audit/seals', role: 'admin' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'SEAL_REFUSED' });
      expect((await readSealBook(api.store)).seals).toHaveLength(1);
    } finally {
      await api.close();
    }
  }, 90_000);
});
