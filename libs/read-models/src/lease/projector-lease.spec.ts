import { sql } from 'kysely';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';
import { openTestReadModels } from '../testing/test-read-models';

describe.each(READ_MODEL_DIALECTS)('the projector lease, on %s', (dialect) => {
  useReadModelDialect(dialect);

  it('one holder at a time; it keeps it by renewing, and gives it up on release', async () => {
    const rm = await openTestReadModels();
    const [a, b] = [rm.lease('p'), rm.lease('p')];
    expect(await a.hold()).toBe(true);
    expect(await b.hold()).toBe(false);
    expect(await a.hold()).toBe(true); // renewing
    expect(await b.hold()).toBe(false);
    expect(await rm.lease('another projection').hold()).toBe(true);
    await a.release();
    expect(await b.hold()).toBe(true);
    expect(await a.hold()).toBe(false);
    await b.release();
    await rm.close();
  });

  if (dialect === 'sqlite') {
    it('a lease not renewed lapses: a standby takes it and the old holder learns it lost it', async () => {
      const rm = await openTestReadModels();
      const [a, b] = [rm.lease('p', { ttlMs: 100 }), rm.lease('p', { ttlMs: 100 })];
      expect(await a.hold()).toBe(true);
      expect(await b.hold()).toBe(false);
      await new Promise((r) => setTimeout(r, 150));
      expect(await b.hold()).toBe(true);
      expect(await a.hold()).toBe(false);
      await rm.close();
    });
  } else {
    it('the lock goes with its connection: when the holder vanishes a standby takes it', async () => {
      const rm = await openTestReadModels();
      const [a, b] = [rm.lease('p'), rm.lease('p')];
      expect(await a.hold()).toBe(true);
      expect(await b.hold()).toBe(false);
      // Ended from the server side, as when the holder's process dies.
      await sql`select pg_terminate_backend(pid) from pg_locks
        where locktype = 'advisory' and granted and pid <> pg_backend_pid()`.execute(rm.db);
      // The server ends the session a moment later; the standby asks until then.
      const deadline = Date.now() + 10_000;
      while (!(await b.hold()) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(await b.hold()).toBe(true);
      expect(await a.hold()).toBe(false);
      await b.release();
      await rm.close();
    });
  }
});
