import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { HISTORIES } from '@redress/complaints/testing';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { readModelFile } from '@redress/read-models';
import { appendHistory } from '../../libs/read-models/src/testing/append-history';

const repoRoot = join(__dirname, '..', '..');

function startProjector(dataDir: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'apps/projector/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, REDRESS_STORE: 'sqlite', REDRESS_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
}

function complaintsProjected(dataDir: string): number {
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

async function waitFor(test: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** `npm run start:projector`: the projector in its own process, killed and restarted. */
describe('the standalone projector', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'redress-projector-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('projects what is stored and what arrives; SIGKILL loses nothing, SIGTERM stops cleanly', async () => {
    const store = new SqliteEventStore(sqliteFile(dataDir));
    for (let i = 0; i < 20; i++)
      await appendHistory(store, `c-${i}`, HISTORIES['stage1.responded']().events);

    const first = startProjector(dataDir);
    await waitFor(() => complaintsProjected(dataDir) === 20);
    // Arrives while it runs, from another process's point of view (the SQLite poller).
    for (let i = 20; i < 30; i++) await appendHistory(store, `c-${i}`, HISTORIES.received().events);
    await waitFor(() => complaintsProjected(dataDir) === 30);
    first.kill('SIGKILL');
    await exited(first);

    for (let i = 30; i < 40; i++) await appendHistory(store, `c-${i}`, HISTORIES.received().events);
    const second = startProjector(dataDir);
    await waitFor(() => complaintsProjected(dataDir) === 40);
    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
    await store.close();
  }, 60_000);
});
