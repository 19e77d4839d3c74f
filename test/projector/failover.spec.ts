import { createSecretKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import {
  COMPLAINT_PROJECTION,
  COMPLAINT_STREAM_PREFIX,
  openReadModelDatabase,
  readModelFile,
  rebuildReadModels,
  type ReadModelConnection,
} from '@redress/read-models';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { dumpReadModels } from '../../libs/read-models/src/testing/read-model-dump';
import { startTestPostgres, type TestPostgres } from '../support/postgres/test-postgres';
import { READ_MODEL_DIALECTS } from '../support/read-model-dialects';
import {
  freePort,
  startApiProcess,
  startProjectorProcess,
  type RedressProcess,
} from '../support/processes/redress-processes';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const WORKERS_PER_API = 4;
const COMPLAINTS_PER_WORKER = 8;

/**
 * Several machines, played on one: two api processes taking commands against one event store
 * (the SQLite file) and one read-model database (PostgreSQL, or the SQLite file on one host),
 * and two standalone projectors of which exactly one is active (the lease). The active one is killed with SIGKILL in the middle of the load; the standby takes
 * over from the checkpoint, and the read models end exactly as a fresh rebuild makes them.
 */
describe.each(READ_MODEL_DIALECTS)('two apis and two projectors, read models on %s', (dialect) => {
  let server: TestPostgres | undefined;
  let dataDir: string;
  const processes: RedressProcess[] = [];
  let readModels: ReadModelConnection | undefined;
  let rebuilt: ReadModelConnection | undefined;

  beforeAll(async () => {
    if (dialect === 'postgres') server = await startTestPostgres();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-failover-'));
  }, 60_000);

  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited()));
    await readModels?.close();
    await rebuilt?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('SIGKILL the active projector under load: a standby takes over, nothing lost or doubled', async () => {
    // PostgreSQL in a fresh schema, or the embedded default beside the events.
    const readModelsUrl =
      dialect === 'postgres' ? await server!.freshSchema() : readModelFile(dataDir);
    const env = {
      REDRESS_STORE: 'sqlite',
      REDRESS_DATA_DIR: dataDir,
      ...(dialect === 'postgres' ? { REDRESS_READ_MODELS: readModelsUrl } : {}),
      REDRESS_JWT_SECRET: SECRET,
      REDRESS_LOG_LEVEL: 'warn',
    };
    // The event store's file is created before the processes race to open it.
    await new SqliteEventStore(sqliteFile(dataDir)).close();
    const ports = [await freePort(), await freePort()];
    const apis = ports.map((port) =>
      // The production shape: the apis run neither the projector nor the notifier.
      startApiProcess({
        ...env,
        PORT: String(port),
        REDRESS_PROJECTOR: 'off',
        REDRESS_NOTIFIER: 'off',
      }),
    );
    processes.push(...apis);
    const first = startProjectorProcess(env);
    processes.push(first);
    await first.waitForLine(/holds the lease/, 90_000);
    const second = startProjectorProcess(env);
    processes.push(second);
    await second.waitForLine(/Redress projector:/, 90_000);
    await Promise.all(apis.map((api) => api.waitForLine(/listening on/, 120_000)));

    const token = await mintToken(createSecretKey(Buffer.from(SECRET)), 'officer-1', 'officer');
    const post = async (port: number, path: string, body: object) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status >= 300)
        throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string; revision: number };
    };
    const logged: string[] = [];
    // Each worker logs complaints and acknowledges each one, on its api.
    const work = async (port: number, n: number) => {
      for (let i = 0; i < n; i++) {
        const { id } = await post(port, '/complaints', {
          channel: 'EMAIL',
          residentRef: `R-${port}-${i}`,
          description: 'Damp in the bedroom',
        });
        await post(port, `/complaints/${id}/acknowledge`, {
          // The user directory is in use (the first start made its admin), so the handler is
          // a person in it.
          handlerId: 'admin',
          definition: { issues: [{ summary: 'Damp not treated' }], outcomesSought: ['Repair'] },
        });
        logged.push(id);
      }
    };
    const load = Promise.all(
      ports.flatMap((port) =>
        Array.from({ length: WORKERS_PER_API }, () => work(port, COMPLAINTS_PER_WORKER)),
      ),
    );
    const total = ports.length * WORKERS_PER_API * COMPLAINTS_PER_WORKER;
    // A failed request ends the wait at once rather than at the test's timeout.
    let failed: unknown;
    load.catch((error: unknown) => (failed = error));
    while (logged.length < total / 3) {
      if (failed) throw failed;
      await sleep(20);
    }
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    await first.exited();
    const tookOverAt = await second.waitForLine(/holds the lease/, 60_000);
    console.log(
      `${dialect}: the standby projector took over ${tookOverAt - killedAt} ms after SIGKILL`,
    );
    await load;
    expect(logged).toHaveLength(total);

    // The survivor catches up with everything both apis appended.
    const store = new SqliteEventStore(sqliteFile(dataDir));
    const [head] = await store.readAll({
      direction: 'backwards',
      maxCount: 1,
      filter: { streamNamePrefixes: [COMPLAINT_STREAM_PREFIX] },
    });
    readModels = await openReadModelDatabase(readModelsUrl);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const row = await readModels.db
        .selectFrom('rm_checkpoints')
        .select('commit_position')
        .where('name', '=', COMPLAINT_PROJECTION)
        .executeTakeFirst();
      if (row && BigInt(row.commit_position) >= head!.position.commit) break;
      if (Date.now() > deadline) throw new Error('the standby projector did not catch up');
      await sleep(50);
    }
    // Nothing lost: every complaint, at its last revision (logged, acknowledged).
    const rows = await readModels.db
      .selectFrom('rm_complaints')
      .select(['complaint_id', 'revision'])
      .execute();
    expect(rows.map((r) => r.complaint_id).sort()).toEqual([...logged].sort());
    expect(rows.every((r) => r.revision === 1)).toBe(true);
    // Nothing applied twice or out of order: the rows are exactly what a fresh rebuild makes.
    rebuilt = await openReadModelDatabase(
      dialect === 'postgres' ? await server!.freshSchema() : ':memory:',
    );
    await rebuildReadModels({ store, connection: rebuilt, serializer, calendar, policies });
    expect(await dumpReadModels(readModels.db)).toEqual(await dumpReadModels(rebuilt.db));
    // And only the survivor holds the lease now.
    if (dialect === 'postgres') {
      const { rows: locks } = await sql<{ n: number }>`
        select count(*)::int as n from pg_locks where locktype = 'advisory' and granted`.execute(
        readModels.db,
      );
      expect(locks[0]!.n).toBe(1);
    } else {
      const lease = await readModels.db.selectFrom('rm_projector_lease').selectAll().execute();
      const survivor = second.lines.find((l) => /holds the lease/.test(l.text))!.text;
      expect(lease).toHaveLength(1);
      expect(survivor).toContain(lease[0]!.holder);
    }
    await store.close();

    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
    for (const api of apis) api.child.kill('SIGTERM');
  }, 300_000);
});
