import { HISTORIES, HISTORY_NAMES } from '@redress/complaints/testing';
import { MemoryEventStore, SqliteEventStore } from '@redress/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openReadModelDatabase } from '../schema/open-read-model-database';
import { openTestReadModels } from '../testing/test-read-models';
import { appendHistory, testRowContext, testSerializer } from '../testing/append-history';
import { projectIncrementally } from '../testing/project-histories';
import { dumpReadModels } from '../testing/read-model-dump';
import { rebuildReadModels } from './rebuild-read-models';
import { HAZARD_HISTORIES } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import { appendHazardHistory, appendServiceRequestHistory } from '../testing/append-case-history';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

describe.each(READ_MODEL_DIALECTS)('rebuilding the read models, on %s', (dialect) => {
  const databases = useReadModelDialect(dialect);
  const fill = async (store: MemoryEventStore | SqliteEventStore) => {
    // Interleave complaints so pages cut through histories, as a real log does.
    const histories = HISTORY_NAMES.map((name, i) => ({
      id: `c-${i}`,
      events: HISTORIES[name]().events,
    }));
    for (let step = 0; histories.some((h) => h.events.length > step); step++) {
      for (const h of histories) {
        const event = h.events[step];
        if (event) await appendHistory(store, h.id, [event]);
      }
    }
    // Hazard cases and service requests are rebuilt with the complaints (one projection).
    for (const [name, history] of Object.entries(HAZARD_HISTORIES))
      await appendHazardHistory(store, `h-${name}`, history().events);
    await appendServiceRequestHistory(
      store,
      'sr-1',
      historyOf(['2026-01-05', r.raise()], ['2026-01-06', r.offer()], ['2026-01-07', r.decline()]),
    );
  };
  // PostgreSQL creates, swaps and drops a dozen tables per rebuild: slow on a busy machine.

  it('gives exactly the rows the incremental projector built', async () => {
    const store = new MemoryEventStore();
    await fill(store);
    const incremental = await projectIncrementally(store);

    const rebuilt = await openTestReadModels();
    const progress: number[] = [];
    const result = await rebuildReadModels({
      ...testRowContext,
      store,
      connection: rebuilt,
      serializer: testSerializer,
      pageSize: 7, // small pages: many page boundaries inside histories
      onProgress: (p) => progress.push(p.fraction),
    });
    expect(await dumpReadModels(rebuilt.db)).toEqual(await dumpReadModels(incremental.db));
    expect(result.events).toBe((await store.readAll()).length);
    expect(result.complaints).toBe(HISTORY_NAMES.length - 1);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await Promise.all([incremental.close(), rebuilt.close()]);
  }, 60_000);

  it('replaces damaged or stale rows, and with a cache smaller than the log still matches', async () => {
    const store = new MemoryEventStore();
    await fill(store);
    const rm = await projectIncrementally(store);
    const good = await dumpReadModels(rm.db);
    await rm.db.updateTable('rm_complaints').set({ status: 'damaged', revision: 999 }).execute();
    await rm.db.deleteFrom('rm_orders').execute();
    await rebuildReadModels({
      ...testRowContext,
      store,
      connection: rm,
      serializer: testSerializer,
      cacheLimit: 3, // complaints leave memory and are folded again from their streams
      pageSize: 5,
    });
    expect(await dumpReadModels(rm.db)).toEqual(good);
    await rm.close();
  }, 60_000);

  it('durably: the serving tables hold the result and no fresh tables are left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-rebuild-'));
    try {
      const store = new SqliteEventStore(join(dir, 'events.sqlite'));
      await fill(store);
      const target =
        dialect === 'sqlite' ? join(dir, 'read-models.sqlite') : await databases.target();
      const rm = await openReadModelDatabase(target);
      await rebuildReadModels({
        ...testRowContext,
        store,
        connection: rm,
        serializer: testSerializer,
      });
      await rebuildReadModels({
        ...testRowContext,
        store,
        connection: rm,
        serializer: testSerializer,
      });
      await rm.close();
      const reopened = await openReadModelDatabase(target);
      expect((await dumpReadModels(reopened.db)).complaints).toHaveLength(HISTORY_NAMES.length - 1);
      const tables = await reopened.db.introspection.getTables();
      expect(tables.map((t) => t.name).filter((n) => n.includes('rebuild'))).toEqual([]);
      const indexes = (
        dialect === 'sqlite'
          ? await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'index' and name like 'rm_%'`.execute(
              reopened.db,
            )
          : await sql<{
              name: string;
            }>`select indexname as name from pg_indexes where schemaname = current_schema() and indexname like 'rm_%'`.execute(
              reopened.db,
            )
      ).rows;
      expect(indexes.length).toBeGreaterThanOrEqual(7);
      await reopened.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
