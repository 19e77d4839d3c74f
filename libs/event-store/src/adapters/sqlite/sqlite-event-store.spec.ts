import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { ConcurrencyError } from '../../port/concurrency-error';
import { collect, event, events, uniquePrefix } from '../../testing/contract-helpers';
import { describeEventStoreContract } from '../../testing/event-store.contract';
import { SqliteEventStore } from './sqlite-event-store';
import type { SqliteEventStoreOptions } from './sqlite-event-store.options';
import { SCHEMA_VERSION } from './sqlite-schema.migration';

const dirs: string[] = [];

/** A fresh file in a fresh temporary directory, removed when the suite ends. */
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redress-sqlite-'));
  dirs.push(dir);
  return join(dir, 'nested', 'events.sqlite');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

for (const writerThread of [false, true]) {
  for (const groupCommit of [true, false]) {
    const name = `sqlite (group commit ${groupCommit ? 'on' : 'off'}, ${writing(writerThread)})`;
    describeEventStoreContract(name, async () => {
      const store = new SqliteEventStore(tempFile(), { groupCommit, writerThread });
      return { store, dispose: () => store.close() };
    });
  }
}

function writing(writerThread: boolean): string {
  return writerThread ? 'writing on its writer thread' : 'writing on its own thread';
}

describe.each([false, true])('SqliteEventStore, writer thread %s', (writerThread) => {
  const open = (options: SqliteEventStoreOptions = {}, file = tempFile()) =>
    new SqliteEventStore(file, { writerThread, ...options });

  it('opens in WAL mode with synchronous FULL, a busy timeout and the current schema', async () => {
    const store = open();
    expect(store.pragmas()).toEqual({
      journalMode: 'wal',
      synchronous: 2,
      busyTimeoutMs: 5000,
      schemaVersion: SCHEMA_VERSION,
    });
    await store.close();
    const relaxed = open({ synchronous: 'NORMAL' });
    expect(relaxed.pragmas().synchronous).toBe(1);
    await relaxed.close();
  });

  it('writes 64 concurrent appends in fewer commits than appends', async () => {
    const store = open();
    const prefix = uniquePrefix('group');
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        store.appendToStream(`${prefix}${i}`, events(1), { expectedRevision: 'no_stream' }),
      ),
    );
    expect(store.stats()).toEqual({ commits: 1, appends: 64, events: 64 });
    await store.close();
  });

  it('commits once per append when group commit is off', async () => {
    const store = open({ groupCommit: false });
    const prefix = uniquePrefix('single');
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        store.appendToStream(`${prefix}${i}`, events(1), { expectedRevision: 'no_stream' }),
      ),
    );
    expect(store.stats()).toEqual({ commits: 16, appends: 16, events: 16 });
    await store.close();
  });

  it('answers each append in a shared commit on its own', async () => {
    const store = open();
    const duplicate = event('Dup');
    await store.appendToStream('taken', [duplicate], { expectedRevision: 'no_stream' });
    const results = await Promise.allSettled([
      store.appendToStream('chain', events(1), { expectedRevision: 'no_stream' }),
      // Sees the append queued just before it in the same commit.
      store.appendToStream('chain', events(2), { expectedRevision: 0n }),
      store.appendToStream('chain', events(1), { expectedRevision: 0n }),
      store.appendToStream('other', [event('Fresh'), duplicate], { expectedRevision: 'any' }),
      store.appendToStream('chain', events(1), { expectedRevision: 2n }),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    // The same errors, with their classes and codes, whichever thread wrote.
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({
      stream: 'chain',
      expected: 0n,
      actual: 2n,
    });
    // By name, not class: better-sqlite3's addon keeps the class of the first copy Jest loaded.
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({
      name: 'SqliteError',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      message: expect.stringMatching(/UNIQUE/),
    });
    expect(store.stats().commits).toBe(2);
    // The failed append left nothing behind, not even its first event.
    expect(await store.readStream('other')).toEqual([]);
    const chain = await store.readStream('chain');
    expect(chain.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
    await store.close();
  });

  it('fails a whole batch it cannot commit, and recovers once the file is free', async () => {
    const file = tempFile();
    const store = open({ busyTimeoutMs: 20 }, file);
    // Another process holding the write lock past the busy timeout.
    const other = new BetterSqlite3(file);
    other.exec('BEGIN IMMEDIATE');
    const results = await Promise.allSettled([
      store.appendToStream('blocked-a', events(1), { expectedRevision: 'no_stream' }),
      store.appendToStream('blocked-b', events(2), { expectedRevision: 'no_stream' }),
    ]);
    expect(results.map((r) => r.status === 'rejected' && r.reason.code)).toEqual([
      'STORE_UNAVAILABLE',
      'STORE_UNAVAILABLE',
    ]);
    other.exec('ROLLBACK');
    other.close();
    await expect(
      store.appendToStream('blocked-a', events(1), { expectedRevision: 'no_stream' }),
    ).resolves.toMatchObject({ nextExpectedRevision: 0n });
    expect(store.stats()).toMatchObject({ commits: 1, events: 1 });
    await store.close();
  });

  it('matches filter prefixes literally and case-sensitively', async () => {
    const store = open();
    for (const name of ['a_b%c-1', 'axbyc-1', 'A_b%c-1', 'a\\b-1']) {
      await store.appendToStream(name, [event(`T.${name}`)], { expectedRevision: 'no_stream' });
    }
    const streams = async (prefixes: string[]) =>
      (await store.readAll({ filter: { streamNamePrefixes: prefixes } })).map((e) => e.stream);
    expect(await streams(['a_b%'])).toEqual(['a_b%c-1']);
    expect(await streams(['a\\'])).toEqual(['a\\b-1']);
    const types = await store.readAll({ filter: { eventTypePrefixes: ['T.A', 'T.ax'] } });
    expect(types.map((e) => e.type)).toEqual(['T.axbyc-1', 'T.A_b%c-1']);
    await store.close();
  });

  it('delivers appends made through another connection to the file, by polling', async () => {
    const file = tempFile();
    const writer = open({}, file);
    const reader = open({ pollMs: 20 }, file);
    await writer.appendToStream('elsewhere', events(3), { expectedRevision: 'no_stream' });
    const subscription = reader.subscribeToAll({ fromPosition: 'start' });
    const delivered = collect(subscription, 8, { timeoutMs: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.appendToStream('elsewhere', events(5), { expectedRevision: 2n });
    const { events: seen } = await delivered;
    expect(seen.map((e) => Number(e.revision))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await Promise.all([writer.close(), reader.close()]);
  });

  it('writes appends still queued when it closes, and keeps them across a reopen', async () => {
    const file = tempFile();
    const store = open({}, file);
    const pending = store.appendToStream('kept', events(2), { expectedRevision: 'no_stream' });
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 1n });
    await expect(store.readAll()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const reopened = open({}, file);
    expect(await reopened.readStream('kept')).toHaveLength(2);
    await reopened.appendToStream('kept', events(1), { expectedRevision: 1n });
    await reopened.close();
  });

  it('refuses a file written by a newer schema', async () => {
    const file = tempFile();
    await open({}, file).close();
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => open({}, file)).toThrow(/schema version/);
  });
});
