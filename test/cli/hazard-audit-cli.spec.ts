import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_PREFIX } from '@redress/audit';
import { createEventStore } from '@redress/event-store';
import { cliIn as cli } from '../support/cli-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';
import { recordAuditedHazard } from '../support/audited-hazard';

/**
 * The auditor commands on a hazard case (the Ombudsman's evidence pack, SI 2025/1042): the same
 * `history`, `state`, `diff` and `export` take a hazard case's id, and `verify --hazard` its chain.
 */
describe('the auditor commands on a hazard case', () => {
  let dataDir: string;
  let id: string;
  let complaintId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-hazard-audit-'));
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    ({ id } = await recordAuditedHazard(store));
    ({ id: complaintId } = await recordAuditedComplaint(store));
    await store.close();
  });

  it('history narrates the case in the words of Awaab’s Law and marks the back-dated step', async () => {
    const { code, stdout } = await cli(dataDir, 'history', id, '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.hazardId).toBe(id);
    expect(parsed.chain.ok).toBe(true);
    const concluded = parsed.events.find(
      (e: { type: string }) => e.type === 'InvestigationConcluded',
    );
    expect(concluded).toMatchObject({
      effectiveOn: '2026-03-12',
      backdated: true,
      backdateReason: "Surveyor's report received on paper; entered after the visit",
    });
    const text = await cli(dataDir, 'history', id);
    expect(text.stdout).toContain(`Hazard case ${id}`);
    expect(text.stdout).toContain('Landlord became aware at 2026-03-02T10:00:00');
    expect(text.stdout).toMatch(/Back-dated entries:\n {2}\* #\d+ takes effect 2026-03-12/);
  });

  it('state shows the investigation clock missed as recorded on 17 March and met in business time', async () => {
    const recorded = JSON.parse(
      (await cli(dataDir, 'state', id, '--as-of', '2026-03-17', '--json')).stdout,
    );
    const effective = JSON.parse(
      (await cli(dataDir, 'state', id, '--as-of', '2026-03-17', '--effective', '--json')).stdout,
    );
    const investigate = (s: { clocks: { step: string; status: string }[] }) =>
      s.clocks.find((c) => c.step === 'INVESTIGATION')?.status;
    expect(recorded.hazardId).toBe(id);
    expect(investigate(recorded)).toBe('missed');
    expect(investigate(effective)).toBe('met');
    for (const view of [recorded, effective]) {
      expect(view.findings).toHaveLength(1);
      expect(view.findings[0]).toMatchObject({
        type: 'InvestigationConcluded',
        backdateReason: "Surveyor's report received on paper; entered after the visit",
      });
    }
    expect(recorded.findings[0].inThisView).toBe(false);
    expect(effective.findings[0].inThisView).toBe(true);
    const text = await cli(dataDir, 'state', id, '--as-of', '2026-03-17');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Hazard case ${id} as of 2026-03-17`);
    expect(text.stdout).toContain('Finding: the recorded and effective views differ');
  });

  it('state before the landlord became aware says the case was not yet known', async () => {
    const { code, stdout } = await cli(dataDir, 'state', id, '--as-of', '2026-03-01');
    expect(code).toBe(0);
    expect(stdout).toContain('Not yet known');
  });

  it('diff lists the steps recorded between two moments and the clock that changed', async () => {
    const { code, stdout } = await cli(
      dataDir,
      'diff',
      id,
      '--from',
      '2026-03-17',
      '--to',
      '2026-03-18T12:00:00Z',
      '--json',
    );
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.events.map((e: { type: string; side: string }) => [e.type, e.side])).toEqual([
      ['InvestigationConcluded', 'added'],
      ['WrittenSummarySent', 'added'],
    ]);
    expect(diff.clocks).toContainEqual(
      expect.objectContaining({
        deadline: 'INVESTIGATION',
        from: expect.objectContaining({ status: 'missed' }),
        to: expect.objectContaining({ status: 'met' }),
      }),
    );
    const text = await cli(
      dataDir,
      'diff',
      id,
      '--from',
      '2026-03-17',
      '--to',
      '2026-03-18T12:00:00Z',
    );
    expect(text.stdout).toContain('+ #');
    expect(text.stdout).toContain('investigation: missed');
  });

  it('verify --hazard walks the case’s chain; a complaint id there is not found', async () => {
    const ok = await cli(dataDir, 'verify', '--hazard', id, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ hazardId: id, intact: true, events: 5 });
    const wrong = await cli(dataDir, 'verify', '--hazard', complaintId);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain(`No hazard case ${complaintId}`);
    const both = await cli(dataDir, 'verify', '--hazard', id, '--complaint', complaintId);
    expect(both.code).toBe(2);
  });

  it('export writes the evidence pack and logs it in the access log like the api', async () => {
    const out = join(dataDir, 'pack.csv');
    const { code, stderr } = await cli(dataDir, 'export', id, '--format', 'csv', '--output', out);
    expect(code).toBe(0);
    expect(stderr).toMatch(/chain intact, head hash [0-9a-f]{64}/);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('InvestigationConcluded');
    const json = JSON.parse((await cli(dataDir, 'export', id)).stdout);
    expect(json).toMatchObject({ hazardId: id, verification: { intact: true, events: 5 } });

    const store = await createEventStore({ kind: 'sqlite', dataDir });
    try {
      const log = (await store.readAll({ maxCount: 10_000 })).filter((e) =>
        e.stream.startsWith(ACCESS_LOG_PREFIX),
      );
      const mine = log.filter((e) => (e.data as { hazardId?: string }).hazardId === id);
      expect(mine.map((e) => [e.type, (e.data as { format: string }).format])).toEqual([
        ['HazardRecordExported', 'csv'],
        ['HazardRecordExported', 'json'],
      ]);
      expect((mine[0]!.data as { headHash: string }).headHash).toBe(json.verification.headHash);
    } finally {
      await store.close();
    }
  });

  it('a complaint id still reads as a complaint', async () => {
    const { code, stdout } = await cli(dataDir, 'history', complaintId);
    expect(code).toBe(0);
    expect(stdout).toContain(`Complaint ${complaintId}: 10 events`);
  });
});
