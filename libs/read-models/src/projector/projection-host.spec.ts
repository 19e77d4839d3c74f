import { sql } from 'kysely';
import { HISTORIES } from '@redress/complaints/testing';
import { MemoryEventStore } from '@redress/event-store';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import { openTestReadModels } from '../testing/test-read-models';
import { appendHistory, testRowContext, testSerializer } from '../testing/append-history';
import { ProjectionHost } from './projection-host';

describe.each(READ_MODEL_DIALECTS)('the projection host, on %s', (dialect) => {
  useReadModelDialect(dialect);
  let store: MemoryEventStore;
  let rm: ReadModelConnection;
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const host = () =>
    new ProjectionHost({
      ...testRowContext,
      store,
      connection: rm,
      serializer: testSerializer,
      logger: quiet,
      retryDelayMs: 1,
      restartDelayMs: 5,
    });
  const count = async () =>
    Number(
      (
        await rm.db
          .selectFrom('rm_complaints')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeEach(async () => {
    store = new MemoryEventStore();
    rm = await openTestReadModels();
  });
  afterEach(() => rm.close());

  it('projects what is in the log, then what arrives live, and resumes from its checkpoint', async () => {
    await appendHistory(store, 'c-1', HISTORIES['stage1.responded']().events);
    const first = host();
    first.start();
    await first.settled();
    expect(await count()).toBe(1);
    await appendHistory(store, 'c-2', HISTORIES.received().events);
    await first.settled();
    expect(first.status().state).toBe('live');
    await first.stop();

    await appendHistory(store, 'c-3', HISTORIES.received().events);
    const second = host();
    second.start();
    await second.settled();
    expect(await count()).toBe(3);
    expect(second.status().handled).toBe(1); // only the event after the checkpoint
    await second.stop();
  });

  it('a read-model fault delays projection; once it clears, nothing has been skipped', async () => {
    const running = host();
    await sql`alter table rm_complaints rename to rm_complaints_away`.execute(rm.db);
    running.start();
    await appendHistory(store, 'c-1', HISTORIES['closed.afterStage1']().events);
    // Until the subscription has given up on the event and been restarted at least once.
    while (running.status().restarts === 0) await new Promise((r) => setTimeout(r, 10));
    expect(await rm.db.selectFrom('rm_checkpoints').selectAll().execute()).toEqual([]);
    await sql`alter table rm_complaints_away rename to rm_complaints`.execute(rm.db);
    await running.settled(5_000);
    expect(await count()).toBe(1);
    const row = await rm.db.selectFrom('rm_complaints').selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe('closed.afterStage1');
    expect(running.status().restarts).toBeGreaterThan(0);
    await running.stop();
  });

  it('two hosts: one projects, the other stands by and takes over from its checkpoint', async () => {
    const hostWithLease = () =>
      new ProjectionHost({
        ...testRowContext,
        store,
        connection: rm,
        serializer: testSerializer,
        logger: quiet,
        leaseCheckMs: 20,
      });
    const [a, b] = [hostWithLease(), hostWithLease()];
    a.start();
    await a.settled();
    b.start();
    await appendHistory(store, 'c-1', HISTORIES['stage1.responded']().events);
    await a.settled();
    expect(a.status()).toMatchObject({ role: 'active', state: 'live' });
    expect(b.status()).toMatchObject({ role: 'standby', state: 'standby', handled: 0 });
    await a.stop();
    await appendHistory(store, 'c-2', HISTORIES.received().events);
    await b.settled();
    expect(b.status()).toMatchObject({ role: 'active', handled: 1 }); // only what came after
    expect(await count()).toBe(2);
    await b.stop();
  });
});
