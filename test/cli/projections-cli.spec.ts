import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORIES, HISTORY_NAMES } from '@redress/complaints/testing';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { ComplaintProjector, openReadModelDatabase, readModelFile } from '@redress/read-models';
import {
  appendHistory,
  testRowContext,
  testSerializer,
} from '../../libs/read-models/src/testing/append-history';
import { dumpReadModels } from '../../libs/read-models/src/testing/read-model-dump';
import { runCli } from '../../apps/cli/src/run-cli';

/** The CLI in this process against a data directory, capturing what it prints. */
async function cli(dataDir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { REDRESS_STORE: 'sqlite', REDRESS_DATA_DIR: dataDir });
  try {
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.env = saved;
  }
}

describe('redress projections rebuild', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-rebuild-cli-'));
    const store = new SqliteEventStore(sqliteFile(dataDir));
    for (const [i, name] of HISTORY_NAMES.entries())
      await appendHistory(store, `c-${i}`, HISTORIES[name]().events);
    await store.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('rebuilds the read-model file to exactly what the incremental projector builds', async () => {
    const result = await cli(dataDir, 'projections', 'rebuild', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ complaints: HISTORY_NAMES.length - 1 });

    const store = new SqliteEventStore(sqliteFile(dataDir));
    const incremental = await openReadModelDatabase(':memory:');
    const projector = new ComplaintProjector({
      store,
      ...testRowContext,
      db: incremental.db,
      serializer: testSerializer,
    });
    for (const event of await store.readAll()) await projector.handle(event);
    const rebuilt = await openReadModelDatabase(readModelFile(dataDir));
    expect(await dumpReadModels(rebuilt.db)).toEqual(await dumpReadModels(incremental.db));
    await Promise.all([rebuilt.close(), incremental.close(), store.close()]);
  });

  it('prints one summary line when not on a terminal', async () => {
    const result = await cli(dataDir, 'projections', 'rebuild');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^rebuilt the read models from \d+ events \(15 complaints\) in [\d.]+ s, \d+ events\/s$/,
    );
  });

  it('refuses an unknown action with a usage error (exit 2), and a missing store with exit 4', async () => {
    const wrong = await cli(dataDir, 'projections', 'replay');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("the only projections action is 'rebuild'");
    const empty = mkdtempSync(join(tmpdir(), 'redress-empty-'));
    const missing = await cli(empty, 'projections', 'rebuild');
    expect(missing.code).toBe(4);
    rmSync(empty, { recursive: true, force: true });
  });
});
