import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyLog } from '@redress/audit';
import { createEventStore, sqliteFile } from '@redress/event-store';
import { cliIn as cli } from '../support/cli-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';

const repoRoot = join(__dirname, '..', '..');

/** The real entry point in a child process, as an auditor would run it. */
function redress(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, REDRESS_STORE: 'sqlite', REDRESS_DATA_DIR: dataDir },
  });
}

/** A copy of the store to damage, so each tamper test starts from an intact file. */
function copyOf(dataDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'redress-tamper-'));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

function withRawFile(dataDir: string, change: (db: Database.Database) => void): void {
  const db = new Database(sqliteFile(dataDir));
  try {
    change(db);
  } finally {
    db.close();
  }
}

describe('the auditor commands on a SQLite store', () => {
  let dataDir: string;
  let id: string;
  const stream = () => `complaint-${id}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-audit-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    ({ id } = await recordAuditedComplaint(store));
    await recordAuditedComplaint(store); // a second complaint, so --all walks two chains
    await store.close();
  });

  it('history lists every event with both dates, actor, role, reasons and plain words', async () => {
    const { code, stdout } = await cli(dataDir, 'history', id, '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).events;
    expect(rows).toHaveLength(10);
    expect(rows[2]).toMatchObject({
      type: 'ExtensionNotified',
      actor: 'alice',
      role: 'officer',
      reason: 'Awaiting a surveyor report',
      summary: expect.stringContaining('extended from 2025-05-07 to 2025-05-14'),
    });
    expect(rows[6]).toMatchObject({
      recordedAt: '2025-06-18T10:00:00.000Z',
      effectiveOn: '2025-06-12',
      backdated: true,
      backdateReason: 'Final response letter posted 12 June; entered late after leave',
    });
    const table = await cli(dataDir, 'history', id);
    expect(table.stdout).toMatch(/^6\s+2025-06-18 10:00:00Z\s+2025-06-12\*\s+bob \(officer\)/m);
    expect(table.stdout).toContain('Back-dated entries:');
  });

  it('state shows the recorded view by default and the business-time view with --effective', async () => {
    const recorded = JSON.parse(
      (await cli(dataDir, 'state', id, '--as-of', '2025-06-17', '--json')).stdout,
    );
    const effective = JSON.parse(
      (await cli(dataDir, 'state', id, '--as-of', '2025-06-17', '--effective', '--json')).stdout,
    );
    const stage2 = (s: { deadlines: { kind: string }[] }) =>
      s.deadlines.find((d) => d.kind === 'STAGE2_RESPONSE');
    expect(recorded).toMatchObject({
      view: 'recorded',
      revision: 5,
      status: 'stage2.awaitingResponse',
    });
    expect(stage2(recorded)).toMatchObject({ status: 'missed' });
    expect(effective).toMatchObject({ view: 'effective', revision: 6, status: 'stage2.responded' });
    expect(stage2(effective)).toMatchObject({ status: 'met' });
    expect(effective.findings).toEqual([
      expect.objectContaining({ revision: 6, inThisView: true }),
    ]);
  });

  it('diff names the events, status, deadlines and fields that changed between two moments', async () => {
    const { code, stdout } = await cli(
      dataDir,
      'diff',
      id,
      '--from',
      '2025-06-17',
      '--to',
      '2025-06-19',
      '--json',
    );
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(
      diff.events.map((e: { revision: number; side: string }) => [e.revision, e.side]),
    ).toEqual([
      [6, 'added'],
      [7, 'added'],
    ]);
    expect(diff.status).toEqual({
      from: 'stage2.awaitingResponse',
      to: 'closed.afterFinalResponse',
    });
    expect(diff.deadlines).toContainEqual({
      deadline: 'STAGE2_RESPONSE',
      from: { status: 'missed', dueOn: '2025-06-16' },
      to: { status: 'met', dueOn: '2025-06-16' },
    });
    expect(diff.fields).toContainEqual({ path: 'stage2.response.respondedOn', to: '2025-06-12' });
  });

  it('verify reports an intact chain with its head hash, exit 0', async () => {
    const one = await cli(dataDir, 'verify', '--complaint', id);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/intact, 10 events; head hash [0-9a-f]{64}/);
    const all = await cli(dataDir, 'verify', '--all');
    expect(all.code).toBe(0);
    expect(all.stdout).not.toMatch(/verify \[/); // not a terminal: no bar, only the final lines
    expect(all.stdout.split('\n')).toEqual([
      expect.stringMatching(/verified 20 events in 2 streams .*every chain intact/),
      'no seal yet: truncation and recomputed chains cannot be detected (run `redress seal`)',
    ]);
  });

  it.each([
    [['state', '__ID__', '--as-of', '2025-02-30'], 2, /--as-of must be a date/],
    [['diff', '__ID__', '--from', '2025-06-01'], 2, /--to is required/],
    [['history', 'not-a-uuid'], 2, /complaint or hazard case id must be a UUID/],
    [['verify'], 2, /one of --complaint <id>, --hazard <id> or --all/],
    [['export', '__ID__', '--format', 'pdf'], 2, /--format must be one of json, csv, html/],
    [
      ['history', '00000000-0000-4000-8000-000000000000'],
      3,
      /No complaint or hazard case 00000000/,
    ],
  ])('%j exits %i with a clear message', async (args, exit, message) => {
    const result = await cli(dataDir, ...args.map((a) => a.replace('__ID__', id)));
    expect(result.code).toBe(exit);
    expect(result.stderr).toMatch(message);
  });

  it('exits 4 when the store cannot be reached, without creating one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'redress-nostore-'));
    const result = await cli(join(empty, 'missing'), 'history', id);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('No event store at');
    expect(existsSync(join(empty, 'missing'))).toBe(false);
    expect(redress(join(empty, 'missing'), 'verify', '--all').status).toBe(4);
  });

  describe('tampering', () => {
    it('names the event whose stored data had one byte changed, and exits 1', async () => {
      const damaged = copyOf(dataDir);
      withRawFile(damaged, (db) => {
        const row = db
          .prepare('SELECT position, data FROM events WHERE stream = ? AND revision = 3')
          .get(stream()) as { position: number; data: string };
        const at = row.data.indexOf('Repairs were late') + 'Repairs were '.length;
        const data = `${row.data.slice(0, at)}L${row.data.slice(at + 1)}`; // "late" → "Late"
        db.prepare('UPDATE events SET data = ? WHERE position = ?').run(data, row.position);
      });
      const store = await createEventStore({ kind: 'sqlite', dataDir: damaged });
      const verdict = await verifyLog(store);
      await store.close();
      expect(verdict.damaged).toEqual([
        {
          stream: stream(),
          firstBreak: expect.objectContaining({ revision: 3n, reason: 'hash-mismatch' }),
        },
      ]);

      const child = redress(damaged, 'verify', '--complaint', id);
      expect(child.status).toBe(1);
      expect(child.stdout).toContain(`ALTERED ${stream()}: first broken link at revision 3`);
      expect(child.stdout).toContain(verdict.damaged[0]!.firstBreak.eventId);
      const all = redress(damaged, 'verify', '--all');
      expect(all.status).toBe(1);
      expect(all.stdout).toMatch(/20 events in 2 streams .*1 damaged/);
      expect(all.stdout).toContain('hash-mismatch');
    });

    it('names the gap where an event was deleted, and exits 1', async () => {
      const damaged = copyOf(dataDir);
      withRawFile(damaged, (db) => {
        db.prepare('DELETE FROM events WHERE stream = ? AND revision = 4').run(stream());
      });
      const child = redress(damaged, 'verify', '--complaint', id);
      expect(child.status).toBe(1);
      expect(child.stdout).toContain('first broken link at revision 5');
      expect(child.stdout).toContain(
        'revision-gap: expected revision 4, found 5: an event is missing',
      );
    });
  });

  it('the redress bin runs --help from any directory', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'redress'), '--help'], {
      cwd: tmpdir(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+verify\s+/m);
    expect(result.stdout).toContain('Exit codes:');
  });
});
