import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORIES, HISTORY_NAMES } from '@redress/complaints/testing';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { openReadModelDatabase, readModelFile } from '@redress/read-models';
import { appendHistory } from '../../libs/read-models/src/testing/append-history';
import { projectIncrementally } from '../../libs/read-models/src/testing/project-histories';
import { dumpReadModels } from '../../libs/read-models/src/testing/read-model-dump';
import { cliIn as cli } from '../support/cli-harness';
import { startTestPostgres, type TestPostgres } from '../support/postgres/test-postgres';

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
    const incremental = await projectIncrementally(store);
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

describe('redress projections rebuild, read models on PostgreSQL', () => {
  let dataDir: string;
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
    dataDir = mkdtempSync(join(tmpdir(), 'redress-rebuild-cli-pg-'));
    const store = new SqliteEventStore(sqliteFile(dataDir));
    for (const [i, name] of HISTORY_NAMES.entries())
      await appendHistory(store, `c-${i}`, HISTORIES[name]().events);
    await store.close();
  }, 60_000);
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await server.stop();
  });

  it('rebuilds into the database REDRESS_READ_MODELS names, with the password kept out of the output', async () => {
    const url = await server.freshSchema();
    process.env.REDRESS_READ_MODELS = url;
    try {
      const result = await cli(dataDir, 'projections', 'rebuild', '--json');
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as { complaints: number; readModels: string };
      expect(output.complaints).toBe(HISTORY_NAMES.length - 1);
      expect(output.readModels).toContain('postgres://postgres:***@');
      expect(result.stdout).not.toContain(new URL(url).password);
    } finally {
      delete process.env.REDRESS_READ_MODELS;
    }
    const store = new SqliteEventStore(sqliteFile(dataDir));
    const incremental = await projectIncrementally(store);
    const rebuilt = await openReadModelDatabase(url);
    expect(await dumpReadModels(rebuilt.db)).toEqual(await dumpReadModels(incremental.db));
    await Promise.all([rebuilt.close(), incremental.close(), store.close()]);
  });
});
