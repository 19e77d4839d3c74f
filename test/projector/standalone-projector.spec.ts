import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { HISTORIES } from '@redress/complaints/testing';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { openReadModelDatabase, readModelFile } from '@redress/read-models';
import { appendHistory } from '../../libs/read-models/src/testing/append-history';
import { READ_MODEL_DIALECTS, useReadModelDialect } from '../support/read-model-dialects';

const repoRoot = join(__dirname, '..', '..');

function startProjector(dataDir: string, readModels?: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'apps/projector/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      REDRESS_STORE: 'sqlite',
      REDRESS_DATA_DIR: dataDir,
      REDRESS_PROJECTOR_STATUS_FILE: join(dataDir, 'projector-status.json'),
      ...(readModels ? { REDRESS_READ_MODELS: readModels } : {}),
    },
    stdio: 'ignore',
  });
}

function complaintsInFile(dataDir: string): number {
  try {
    const db = new Database(readModelFile(dataDir), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select count(*) as n from rm_complaints').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
}

function statusOf(dataDir: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, 'projector-status.json'), 'utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined; // not written yet
  }
}

async function waitFor(test: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** `npm run start:projector`: the projector in its own process, killed and restarted. */
describe.each(READ_MODEL_DIALECTS)('the standalone projector, read models on %s', (dialect) => {
  const databases = useReadModelDialect(dialect);
  let dataDir: string;
  let readModels: string | undefined;
  let complaintsProjected: (dataDir: string) => Promise<number>;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-projector-'));
    if (dialect === 'sqlite') {
      readModels = undefined;
      complaintsProjected = (dir) => Promise.resolve(complaintsInFile(dir));
      return;
    }
    readModels = await databases.target();
    const seen = await openReadModelDatabase(readModels); // the projector's schema, from here
    complaintsProjected = async () =>
      Number(
        (
          await seen.db
            .selectFrom('rm_complaints')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    cleanups.push(() => seen.close());
  });
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('projects what is stored and what arrives; SIGKILL loses nothing, SIGTERM stops cleanly', async () => {
    const store = new SqliteEventStore(sqliteFile(dataDir));
    for (let i = 0; i < 20; i++)
      await appendHistory(store, `c-${i}`, HISTORIES['stage1.responded']().events);

    const first = startProjector(dataDir, readModels);
    await waitFor(async () => (await complaintsProjected(dataDir)) === 20);
    // Arrives while it runs, from another process's point of view (the SQLite poller).
    for (let i = 20; i < 30; i++) await appendHistory(store, `c-${i}`, HISTORIES.received().events);
    await waitFor(async () => (await complaintsProjected(dataDir)) === 30);
    // The status file a container health check reads: rewritten every 5 s, so the write after
    // the rows may still be the one made while catching up: wait for the one that says live.
    await waitFor(
      () => statusOf(dataDir)?.role === 'active' && statusOf(dataDir)?.state === 'live',
    );
    expect(statusOf(dataDir)).toMatchObject({ name: 'complaint-read-models', state: 'live' });
    first.kill('SIGKILL');
    await exited(first);

    for (let i = 30; i < 40; i++) await appendHistory(store, `c-${i}`, HISTORIES.received().events);
    const second = startProjector(dataDir, readModels);
    await waitFor(async () => (await complaintsProjected(dataDir)) === 40);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    await store.close();
  }, 60_000);
});
