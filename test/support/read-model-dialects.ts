import {
  openReadModelDatabase,
  type ReadModelConnection,
  type ReadModelDialect,
} from '@redress/read-models';
import { setTestReadModelOpener } from '../../libs/read-models/src/testing/test-read-models';
import { startTestPostgres, type TestPostgres } from './postgres/test-postgres';

/** Every read-model suite runs on both: `describe.each(READ_MODEL_DIALECTS)(...)`. */
export const READ_MODEL_DIALECTS: readonly ReadModelDialect[] = ['sqlite', 'postgres'];

export interface TestReadModels {
  /** A connection string for a fresh, empty read-model database on this dialect. */
  target(): Promise<string>;
  /** A fresh read-model database, closed after the suite if the test does not close it. */
  open(): Promise<ReadModelConnection>;
}

/**
 * Called inside a `describe`: its tests (and `projectHistories`, `projectIncrementally` and
 * `openTestReadModels`) get fresh read-model databases on `dialect`. For PostgreSQL one server
 * is started for the suite (see `startTestPostgres`) and each database is a schema on it.
 */
export function useReadModelDialect(dialect: ReadModelDialect): TestReadModels {
  let server: TestPostgres | undefined;
  const opened: ReadModelConnection[] = [];
  const target = async (): Promise<string> => {
    if (dialect === 'sqlite') return ':memory:';
    if (!server) throw new Error('PostgreSQL is started in beforeAll; ask for a target in a test');
    return server.freshSchema();
  };
  const open = async (): Promise<ReadModelConnection> => {
    const connection = await openReadModelDatabase(await target());
    opened.push(connection);
    return connection;
  };
  beforeAll(async () => {
    if (dialect === 'postgres') server = await startTestPostgres();
    setTestReadModelOpener(open);
  }, 60_000);
  afterAll(async () => {
    setTestReadModelOpener(undefined);
    for (const c of opened) await c.close().catch(() => undefined);
    await server?.stop();
  }, 30_000);
  return { target, open };
}
