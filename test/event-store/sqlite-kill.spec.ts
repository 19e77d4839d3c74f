import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteEventStore } from '@redress/event-store/adapters/sqlite';

const ROOT = resolve(__dirname, '../..');
const CHILD = join(ROOT, 'test/support/sqlite-append-child.ts');
const ACKNOWLEDGEMENTS = 200;

/**
 * Durability of an acknowledged append: a writer process is killed with SIGKILL (no exit
 * handlers, no flush) while appending, and every event it had acknowledged must be in the file
 * when it is reopened, with no append half written. Both ways the store writes: on the caller's
 * thread, and on the writer thread a server uses.
 */
describe.each([
  ['on its own thread', 'main'],
  ['on its writer thread', 'thread'],
] as const)('SQLite event store under SIGKILL, writing %s', (_title, writing) => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'redress-kill-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, whole', async () => {
    const file = join(dir, 'events.sqlite');
    const acknowledged = await runAndKill(file, writing);
    expect(acknowledged.size).toBeGreaterThanOrEqual(ACKNOWLEDGEMENTS);

    const db = new BetterSqlite3(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const store = new SqliteEventStore(file);
    const all = await store.readAll();
    const stored = new Set(all.map((e) => e.id));
    expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);

    const streams = new Map<string, typeof all>();
    for (const e of all) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
    for (const [stream, written] of streams) {
      // Revisions contiguous from 0, and the stream's recorded revision agrees with its events.
      expect(written.map((e) => e.revision)).toEqual(written.map((_, i) => BigInt(i)));
      const next = await store.appendToStream(stream, [], { expectedRevision: 'any' });
      expect(next.nextExpectedRevision).toBe(BigInt(written.length - 1));
      // Each append is whole: its events are all there, in order.
      const parts = written.map((e) => e.data as { index: number; of: number });
      expect(parts.every((p, i) => p.index === i % p.of)).toBe(true);
      expect(written.length % parts[0]!.of).toBe(0);
    }
    await store.close();
  }, 30_000);
});

/** Starts the writer, kills it once enough appends were acknowledged, returns every id it printed. */
function runAndKill(file: string, writing: 'main' | 'thread'): Promise<Set<string>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, '8', writing], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged = new Set<string>();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (id) => {
      acknowledged.add(id);
      if (acknowledged.size === ACKNOWLEDGEMENTS) child.kill('SIGKILL');
    });
    child.on('error', fail);
    // 'close' waits for stdout to drain: ids printed just before the kill count too.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') done(acknowledged);
      else fail(new Error(`The writer exited before it was killed: ${stderr}`));
    });
  });
}
