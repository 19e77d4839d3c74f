import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, verifyStream } from '@redress/event-store';

const CHILD = join(__dirname, '..', 'support', 'sqlite-linked-append-child.ts');

function runChild(file: string, stream: string, count: number, label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, file, stream, String(count), label],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

/**
 * Several api processes may share one SQLite file. A linked append reads the stream's head and
 * writes after it inside one IMMEDIATE transaction, which holds the file's write lock, so the
 * chain holds across processes as well as across connections.
 */
describe('linked appends from several processes on one SQLite file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'redress-linked-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('three processes and two connections here, 150 appends at any revision: one unbroken chain', async () => {
    const file = join(dir, 'redress.sqlite');
    const here = [new SqliteEventStore(file), new SqliteEventStore(file)];
    const stream = 'audit-access-2025-10';
    const local = here.flatMap((store, s) =>
      Array.from({ length: 30 }, (_, i) =>
        store.appendToStream(
          stream,
          [{ id: crypto.randomUUID(), type: 'Logged', data: { s, i }, metadata: {} }],
          { expectedRevision: 'any', linkChain: true },
        ),
      ),
    );
    const children = ['a', 'b', 'c'].map((label) => runChild(file, stream, 30, label));
    await Promise.all(local);
    expect(await Promise.all(children)).toEqual([0, 0, 0]);
    const read = await here[0]!.readStream(stream);
    expect(read).toHaveLength(150);
    expect(verifyStream(read)).toMatchObject({ ok: true, events: 150 });
    await Promise.all(here.map((s) => s.close()));
  }, 120_000);
});
