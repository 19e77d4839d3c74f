import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import {
  openReadModelDatabase,
  readModelFile,
  waitUntilProjected,
  type ReadModelConnection,
} from '@redress/read-models';
import { startTestPostgres, type TestPostgres } from '../support/postgres/test-postgres';
import { READ_MODEL_DIALECTS } from '../support/read-model-dialects';
import { BackgroundWorker } from '../../apps/api/src/background/background-worker';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';

// A worker thread compiling the TypeScript sources with tsx, on a busy two-core machine.
jest.setTimeout(120_000);

/**
 * The embedded projector's worker thread, run from the sources as jest runs them: it opens its
 * own connections to the SQLite event store and the read models (SQLite or PostgreSQL), projects
 * what the main thread's connection appends, says how far it has got, and stops cleanly.
 */
describe.each(READ_MODEL_DIALECTS)('the background worker thread, read models on %s', (dialect) => {
  let server: TestPostgres | undefined;
  let dataDir: string;
  let target: string;
  let store: SqliteEventStore;
  let readModels: ReadModelConnection;
  let worker: BackgroundWorker | undefined;
  const logged: string[] = [];

  beforeAll(async () => {
    if (dialect === 'postgres') server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-worker-'));
    store = new SqliteEventStore(sqliteFile(dataDir));
    target = dialect === 'postgres' ? await server!.freshSchema() : readModelFile(dataDir);
    readModels = await openReadModelDatabase(target);
  });

  afterEach(async () => {
    await worker?.stop();
    await readModels.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const logComplaints = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () =>
        executeComplaintCommand(
          {
            type: 'LogComplaint',
            complaintId: randomUUID(),
            channel: 'EMAIL',
            residentRef: 'R-1',
            description: 'Damp in the bedroom',
          },
          {
            store,
            now: () => new Date('2025-04-17T10:00:00Z'),
            actor: { id: 'officer-1', role: 'officer' },
            commandId: randomUUID(),
            correlationId: 'test',
          },
        ),
      ),
    );
  const complaintRows = async () =>
    (await readModels.db.selectFrom('rm_complaints').select('complaint_id').execute()).length;

  it('projects what is already stored and what the main thread appends later, then stops', async () => {
    await logComplaints(20);
    worker = new BackgroundWorker({
      store: { kind: 'sqlite', dataDir },
      readModels: target,
      logger: {
        log: (m) => logged.push(m),
        warn: (m) => logged.push(m),
        error: (m) => logged.push(m),
      },
    });
    const current = worker;
    const stopWaking = store.onCommitted(() => current.appended());
    worker.start();
    await waitUntilProjected(store, readModels, () => current.status(), 90_000);
    expect(await complaintRows()).toBe(20);
    expect(worker.status()).toMatchObject({ state: 'live', role: 'active', handled: 20 });
    expect(logged.some((m) => /holds the lease/.test(m))).toBe(true);

    await logComplaints(5);
    await waitUntilProjected(store, readModels, () => current.status(), 90_000);
    expect(await complaintRows()).toBe(25);

    stopWaking();
    await worker.stop();
    expect(worker.status().state).toBe('stopped');
    // It closed its connections and exited by itself, rather than being ended after a timeout.
    expect(logged.filter((m) => /did not stop|exited with/.test(m))).toEqual([]);
    // The lease was released on the way out: another projector can take it at once.
    expect(await readModels.db.selectFrom('rm_projector_lease').selectAll().execute()).toEqual([]);
  });
});
