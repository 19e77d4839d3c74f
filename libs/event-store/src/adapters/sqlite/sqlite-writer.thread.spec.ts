import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { events } from '../../testing/contract-helpers';
import { SqliteEventStore } from './sqlite-event-store';
import { SQLITE_DEFAULTS } from './sqlite-event-store.options';
import { serializeEvent } from './sqlite-event-row.mapper';
import { SqliteWriterThread } from './sqlite-writer.thread';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redress-writer-'));
  dirs.push(dir);
  return join(dir, 'events.sqlite');
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const append = (stream: string) => [
  { stream, events: events(1).map(serializeEvent), expectedRevision: 'any' as const },
];

describe('SqliteWriterThread', () => {
  it('fails the writes a dead thread held, and starts a new thread for the next', async () => {
    const file = tempFile();
    // The store's own connection creates the file and its schema, as it does in use.
    const store = new SqliteEventStore(file);
    const thread = new SqliteWriterThread({ file, options: SQLITE_DEFAULTS });
    await thread.write([append('before')]);
    const held = thread.write([append('held')]);
    // As if the thread had crashed: nothing the store did, and no answer will come.
    await (thread as unknown as { worker: Worker }).worker.terminate();
    await expect(held).rejects.toThrow(/writer thread stopped/);

    const [outcome] = await thread.write([append('after')]);
    expect(outcome).toMatchObject({ ok: true, value: [{ nextExpectedRevision: 0n }] });
    expect(thread.stats).toMatchObject({ commits: 1, events: 1 });
    await thread.close();
    await expect(thread.write([append('closed')])).rejects.toThrow(/closed/);
    expect((await store.readStream('after')).map((e) => e.revision)).toEqual([0n]);
    await store.close();
  });

  it('lets a process that never closes its store exit once its writes are answered', () => {
    const file = tempFile();
    const root = resolve(__dirname, '../../../../..');
    const script = `
      const { SqliteEventStore } = require(${JSON.stringify(join(__dirname, 'sqlite-event-store.ts'))});
      const store = new SqliteEventStore(${JSON.stringify(file)}, { writerThread: true });
      store.appendToStream('left-open', [{ id: '${'1b4e28ba-2fa1-11d2-883f-0016d3cca427'}', type: 'T', data: {}, metadata: {} }], { expectedRevision: 'no_stream' })
        .then((r) => console.log('written at ' + r.nextExpectedRevision));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('written at 0');
    expect(run.status).toBe(0);
  }, 40_000);
});
