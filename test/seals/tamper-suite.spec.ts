import { cpSync, mkdtempSync, openSync, rmSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';
import { commands as c } from '@redress/complaints/testing';
import {
  createEventStore,
  linkEvents,
  loadSealKey,
  sealKeyFile,
  sqliteFile,
  type EventToAppend,
  type Json,
} from '@redress/event-store';
import { cliIn } from '../support/cli-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';

/**
 * Tampering the per-stream hash chain cannot see, done to the SQLite file the way someone with
 * the file would do it, after a seal. Each case must make `verify --all` exit 1 (or 4 for a
 * file that cannot be read) and name what was done; the case list and its tally are printed.
 */
describe('the tamper suite: every change after a seal is detected and named', () => {
  let base: string;
  let a: string;
  let b: string;
  let accessStream: string;
  const tally = { tried: 0, detected: 0 };

  const streamA = () => `complaint-${a}`;
  const streamB = () => `complaint-${b}`;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'redress-tamper-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir: base });
    ({ id: a } = await recordAuditedComplaint(store));
    ({ id: b } = await recordAuditedComplaint(store));
    await store.close();
    expect((await cliIn(base, 'export', a, '--format', 'csv')).code).toBe(0);
    expect((await cliIn(base, 'export', b, '--format', 'json')).code).toBe(0);
    const sealed = await cliIn(base, 'seal', '--out', join(base, 'seal.json'));
    expect(sealed.code).toBe(0);
    const db = new BetterSqlite3(sqliteFile(base));
    accessStream = (
      db.prepare("SELECT stream FROM events WHERE stream LIKE 'audit-access-%' LIMIT 1").get() as {
        stream: string;
      }
    ).stream;
    db.close();
  }, 120_000);

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
    process.stdout.write(
      `tamper suite: ${tally.detected} of ${tally.tried} tamper cases detected after a seal\n`,
    );
  });

  /** A copy of the sealed store to damage, and the file opened for the damage. */
  function copy(): { dir: string; db: Database } {
    const dir = mkdtempSync(join(tmpdir(), 'redress-tampered-'));
    cpSync(base, dir, { recursive: true });
    return { dir, db: new BetterSqlite3(sqliteFile(dir)) };
  }

  const lastRevision = (db: Database, stream: string) =>
    Number(
      (
        db.prepare('SELECT max(revision) AS r FROM events WHERE stream = ?').get(stream) as {
          r: number;
        }
      ).r,
    );

  function deleteLast(db: Database, stream: string, fixStreamsTable: boolean) {
    const last = lastRevision(db, stream);
    db.prepare('DELETE FROM events WHERE stream = ? AND revision = ?').run(stream, last);
    if (fixStreamsTable)
      db.prepare('UPDATE streams SET revision = ? WHERE stream = ?').run(last - 1, stream);
  }

  /** Changes one event's data and recomputes the chain from it to the end, as a forger would. */
  function rewrite(db: Database, stream: string, fromRevision: number, edit: (data: Json) => Json) {
    const rows = db
      .prepare(
        'SELECT revision, id, type, data, metadata FROM events WHERE stream = ? ORDER BY revision',
      )
      .all(stream) as {
      revision: number;
      id: string;
      type: string;
      data: string;
      metadata: string;
    }[];
    const before = rows.filter((r) => r.revision < fromRevision).at(-1);
    const prevHash = (JSON.parse(before!.metadata) as { hash: string }).hash;
    const tail: EventToAppend[] = rows
      .filter((r) => r.revision >= fromRevision)
      .map((r, i) => ({
        id: r.id,
        type: r.type,
        data: i === 0 ? edit(JSON.parse(r.data) as Json) : (JSON.parse(r.data) as Json),
        metadata: JSON.parse(r.metadata) as Json,
      }));
    const linked = linkEvents(stream, tail, BigInt(fromRevision), prevHash);
    const update = db.prepare('UPDATE events SET data = ?, metadata = ? WHERE id = ?');
    for (const e of linked) update.run(JSON.stringify(e.data), JSON.stringify(e.metadata), e.id);
  }

  async function expectDetected(
    dir: string,
    expected: { code: number; named: RegExp[]; against?: boolean },
  ) {
    tally.tried++;
    const args = [
      'verify',
      '--all',
      ...(expected.against ? ['--against', join(base, 'seal.json')] : []),
    ];
    const result = await cliIn(dir, ...args);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code).toBe(expected.code);
    for (const pattern of expected.named) expect(output).toMatch(pattern);
    tally.detected++;
    return output;
  }

  it('control: an untouched store, and one with events appended after the seal, verify clean', async () => {
    const { dir, db } = copy();
    db.close();
    const clean = await cliIn(dir, 'verify', '--all', '--against', join(base, 'seal.json'));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/seal \(latest\) .*: the store matches it; 0 event/);
    expect(clean.stdout).toMatch(/seal \(given\) .*: the store matches it/);
    const store = await createEventStore({ kind: 'sqlite', dataDir: dir });
    await executeComplaintCommand(c.log({ complaintId: '6b1f4a52-3f1e-4b7e-9d54-0d7f1f2a9c11' }), {
      store,
      now: () => new Date('2025-10-03T10:00:00Z'),
      actor: { id: 'officer-1', role: 'officer' },
      commandId: 'after-seal',
      correlationId: 'after-seal',
    });
    await store.close();
    const later = await cliIn(dir, 'verify', '--all', '--against', join(base, 'seal.json'));
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/1 event\(s\) appended since are covered by their chains only/);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [true, 'with the streams table fixed'],
    [false, 'with the streams table left alone'],
  ])('a complaint stream cut back by its last event (%s), detected (%s)', async (fix) => {
    const { dir, db } = copy();
    deleteLast(db, streamA(), fix);
    db.close();
    const named = [
      new RegExp(
        `truncated ${streamA()}: at the seal it ended at revision 9; it now ends at revision 8`,
      ),
    ];
    if (!fix)
      named.push(new RegExp(`streams table: ${streamA()} records revision 9, its events end at 8`));
    await expectDetected(dir, { code: 1, named });
    await expectDetected(dir, { code: 1, named, against: true });
    // One complaint alone: its chain is intact, yet shorter than sealed.
    const one = await cliIn(dir, 'verify', '--complaint', a);
    expect(one.code).toBe(1);
    expect(one.stdout).toMatch(
      /ALTERED against the latest seal .*: truncated: at the seal it ended at revision 9/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('a whole complaint stream deleted, detected', async () => {
    const { dir, db } = copy();
    db.prepare('DELETE FROM events WHERE stream = ?').run(streamB());
    db.prepare('DELETE FROM streams WHERE stream = ?').run(streamB());
    db.close();
    const named = [
      new RegExp(
        `deleted-stream ${streamB()}: at the seal it ended at revision 9; the stream is gone`,
      ),
    ];
    await expectDetected(dir, { code: 1, named });
    await expectDetected(dir, { code: 1, named, against: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('an event edited and the chain recomputed after it, detected', async () => {
    const { dir, db } = copy();
    rewrite(db, streamA(), 3, (data) => ({ ...(data as object), decidedBy: 'mallory' }));
    db.close();
    const named = [
      new RegExp(`rewritten ${streamA()}: at the seal it ended at revision 9 with hash`),
    ];
    const output = await expectDetected(dir, { code: 1, named });
    // Every link checks out: only the seal sees it.
    expect(output).toMatch(/every chain intact/);
    await expectDetected(dir, { code: 1, named, against: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('the last access-log entry deleted, detected', async () => {
    const { dir, db } = copy();
    deleteLast(db, accessStream, true);
    db.close();
    const named = [
      new RegExp(
        `truncated ${accessStream}: at the seal it ended at revision 1; it now ends at revision 0`,
      ),
    ];
    await expectDetected(dir, { code: 1, named });
    await expectDetected(dir, { code: 1, named, against: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a stream cut back and then appended to again through the command path, detected', async () => {
    const { dir, db } = copy();
    deleteLast(db, streamA(), true);
    db.close();
    const store = await createEventStore({ kind: 'sqlite', dataDir: dir });
    await store.appendToStream(
      streamA(),
      [{ id: '0b8e3c1e-7d2a-4f0e-9a51-3c1f6d2b8e47', type: 'Noted', data: {}, metadata: {} }],
      { expectedRevision: 'any', linkChain: true },
    );
    await store.close();
    const named = [
      new RegExp(
        `truncated ${streamA()}: at the seal it ended at revision 9; it now ends at revision 8`,
      ),
    ];
    await expectDetected(dir, { code: 1, named, against: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [
      'a middle event deleted (the chain shows the gap)',
      (db: Database) =>
        db.prepare('DELETE FROM events WHERE stream = ? AND revision = 4').run(streamA()),
      () => [new RegExp(`${streamA()}: first broken link at revision 5 .*revision-gap`)],
    ],
    [
      'the last access-log entry edited in place',
      (db: Database) =>
        db
          .prepare(
            `UPDATE events SET data = json_set(data, '$.format', 'html') WHERE stream = ? AND revision = 1`,
          )
          .run(accessStream),
      () => [new RegExp(`${accessStream}: first broken link at revision 1 .*hash-mismatch`)],
    ],
    [
      'a whole access-log stream deleted',
      (db: Database) => {
        db.prepare('DELETE FROM events WHERE stream = ?').run(accessStream);
        db.prepare('DELETE FROM streams WHERE stream = ?').run(accessStream);
      },
      () => [new RegExp(`deleted-stream ${accessStream}`)],
    ],
    [
      "a stream's last event rewritten with its own hash recomputed",
      (db: Database) => rewrite(db, streamB(), 9, (data) => ({ ...(data as object), x: 1 })),
      () => [new RegExp(`rewritten ${streamB()}`)],
    ],
  ])('%s, detected', async (_name, damage, named) => {
    const { dir, db } = copy();
    damage(db);
    db.close();
    await expectDetected(dir, { code: 1, named: named() });
    await expectDetected(dir, { code: 1, named: named(), against: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('the whole seal stream deleted: the store says a key exists without seals; --against detects it', async () => {
    const { dir, db } = copy();
    db.prepare("DELETE FROM events WHERE stream = 'redress-seals'").run();
    db.prepare("DELETE FROM streams WHERE stream = 'redress-seals'").run();
    db.close();
    const alone = await cliIn(dir, 'verify', '--all');
    expect(alone.stdout).toMatch(/no seal in the store, though a seal key exists/);
    await expectDetected(dir, {
      code: 1,
      named: [/truncated redress-seals: this seal is not in the store/],
      against: true,
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a stream cut back and then sealed again: the new seal does not launder it', async () => {
    const { dir, db } = copy();
    deleteLast(db, streamA(), true);
    db.close();
    const resealed = await cliIn(dir, 'seal');
    expect(resealed.code).toBe(0);
    await expectDetected(dir, {
      code: 1,
      named: [
        new RegExp(
          `seal \\(latest\\) .*truncated ${streamA()}: at the seal it ended at revision 9`,
        ),
      ],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a stream cut back and appended to, then sealed: sealing refuses, exit 1, nothing written', async () => {
    const { dir, db } = copy();
    deleteLast(db, streamA(), true);
    db.close();
    const store = await createEventStore({ kind: 'sqlite', dataDir: dir });
    await store.appendToStream(
      streamA(),
      [{ id: '5d0f7a2c-1b3e-4c8d-9e6f-7a8b9c0d1e2f', type: 'Noted', data: {}, metadata: {} }],
      { expectedRevision: 'any', linkChain: true },
    );
    await store.close();
    tally.tried++;
    const refused = await cliIn(dir, 'seal');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(`not sealed: ${streamA()} does not follow on from the latest seal`),
    );
    expect((await cliIn(dir, 'seals', 'list')).stdout.split('\n')).toHaveLength(1);
    tally.detected++;
    rmSync(dir, { recursive: true, force: true });
  });

  it('seals signed by another key than the store’s, detected', async () => {
    const { dir, db } = copy();
    db.close();
    // The seal stream rewritten and re-signed by someone without the store's key looks like
    // this to a checker who has the right key: every seal signed by a stranger.
    rmSync(sealKeyFile(dir));
    loadSealKey({ dataDir: dir });
    await expectDetected(dir, {
      code: 1,
      named: [
        /ALTERED seal at revision 0 of the seal stream: signed by key .*, not by this store's key/,
      ],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('the streams table edited alone, detected', async () => {
    const { dir, db } = copy();
    db.prepare('UPDATE streams SET revision = revision + 3 WHERE stream = ?').run(streamB());
    db.close();
    await expectDetected(dir, {
      code: 1,
      named: [new RegExp(`streams table: ${streamB()} records revision 12, its events end at 9`)],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('the latest seal deleted from the store, detected against the seal kept outside', async () => {
    const { dir, db } = copy();
    deleteLast(db, 'redress-seals', false);
    db.prepare("DELETE FROM streams WHERE stream = 'redress-seals'").run();
    db.close();
    await expectDetected(dir, {
      code: 1,
      named: [/truncated redress-seals: this seal is not in the store/],
      against: true,
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a seal edited in the store (a head moved back to hide a truncation), detected', async () => {
    const { dir, db } = copy();
    const row = db.prepare("SELECT id, data FROM events WHERE stream = 'redress-seals'").get() as {
      id: string;
      data: string;
    };
    const data = JSON.parse(row.data) as { changes: [string, string, string][] };
    data.changes = data.changes.filter(([s]) => s !== streamB());
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(JSON.stringify(data), row.id);
    db.close();
    await expectDetected(dir, {
      code: 1,
      named: [/ALTERED seal at revision 0 of the seal stream: its digest does not match/],
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('a corrupted page: exit 4 with a plain message, no stack trace', async () => {
    const { dir, db } = copy();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = sqliteFile(dir);
    const pageSize = 4096;
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    const junk = Buffer.alloc(Math.min(size - pageSize, pageSize * 8), 0xa5);
    writeSync(fd, junk, 0, junk.length, pageSize);
    closeSync(fd);
    const output = await expectDetected(dir, { code: 4, named: [/cannot be read/] });
    expect(output).not.toMatch(/\n\s+at /);
    rmSync(dir, { recursive: true, force: true });
  });

  it('history on a complaint whose chain is broken says so and exits 1', async () => {
    const { dir, db } = copy();
    const row = db
      .prepare('SELECT id, data FROM events WHERE stream = ? AND revision = 2')
      .get(streamA()) as { id: string; data: string };
    db.prepare('UPDATE events SET data = ? WHERE id = ?').run(
      JSON.stringify({ ...JSON.parse(row.data), reason: 'Nothing to see' }),
      row.id,
    );
    db.close();
    tally.tried++;
    const history = await cliIn(dir, 'history', a);
    expect(history.code).toBe(1);
    expect(history.stdout).toMatch(/CHAIN BROKEN at revision 2 .*hash-mismatch/);
    const asJson = await cliIn(dir, 'history', a, '--json');
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stdout).chain).toMatchObject({ ok: false });
    tally.detected++;
    rmSync(dir, { recursive: true, force: true });
  });
});
