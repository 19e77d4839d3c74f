import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { HAZARD_HISTORIES, hazardCommands as h } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import {
  appendHazardHistory,
  appendServiceRequestHistory,
} from '../../libs/read-models/src/testing/append-case-history';
import { cliIn as cli } from '../support/cli-harness';

// Each command opens the read-model file: slow on a busy two-core machine.
jest.setTimeout(60_000);

/**
 * `redress report`: the hazard reports (SI 2025/1042) and repeat issues from the read models
 * `projections rebuild` builds. Damp and mould cases at P-200 aware Mon 2 Mar 2026: one worked
 * through in time, one not investigated by its Reg 6 date (Mon 16 Mar).
 */
describe('redress report', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-report-cli-'));
    const store = new SqliteEventStore(sqliteFile(dataDir));
    await appendHazardHistory(store, 'h-done', HAZARD_HISTORIES.worksDone().events);
    await appendHazardHistory(store, 'h-open', HAZARD_HISTORIES.investigating().events);
    await appendHazardHistory(
      store,
      'h-elsewhere',
      HAZARD_HISTORIES.new().at('2026-03-03T09:00:00Z', h.report({ propertyRef: 'P-9' })).events,
    );
    await appendServiceRequestHistory(
      store,
      'sr-1',
      historyOf(['2026-02-02', r.raise()], ['2026-02-03', r.offer()], ['2026-02-04', r.decline()]),
    );
    await store.close();
    const rebuilt = await cli(dataDir, 'projections', 'rebuild');
    expect(rebuilt.code).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('hazards compliance: the Reg 6 investigation met once and missed once, as JSON and as a table', async () => {
    const json = await cli(
      dataDir,
      'report',
      'hazards',
      'compliance',
      '--year',
      '2025/26',
      '--json',
    );
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.asOf).toBe('2026-04-01'); // a past year is judged the day after it ends
    expect(report.rows[0]).toMatchObject({
      step: 'INVESTIGATION',
      provision: 'SI 2025/1042 Reg 6',
      hazardType: 'DAMP_AND_MOULD',
      metInTime: 1,
      missed: 1,
      missedStillOpen: 1,
    });
    const text = await cli(dataDir, 'report', 'hazards', 'compliance', '--year', '2025/26');
    expect(text.stdout).toContain("Awaab's Law clock compliance, 2025-04-01 to 2026-03-31");
    expect(text.stdout).toMatch(
      /INVESTIGATION\s+SI 2025\/1042 Reg 6\s+DAMP_AND_MOULD\s+1\s+1 \(1 open\)/,
    );
  });

  it('hazards open, linked and repeats', async () => {
    const open = await cli(dataDir, 'report', 'hazards', 'open', '--as-of', '2026-03-31', '--json');
    expect(JSON.parse(open.stdout).hazards.map((x: { hazardId: string }) => x.hazardId)).toEqual([
      'h-done',
      'h-open',
      'h-elsewhere',
    ]);
    const linked = await cli(dataDir, 'report', 'hazards', 'linked', '--year', '2025/26');
    expect(linked.stdout).toContain(
      'Hazard cases aware 2025-04-01 to 2026-03-31: 3; linked to a complaint: 0',
    );
    const repeats = await cli(dataDir, 'report', 'hazards', 'repeats', '--year', '2025/26');
    expect(repeats.code).toBe(0);
    expect(repeats.stdout).toContain(
      'Property P-200: 2 records, 2026-03-02 to 2026-03-02: 2 hazard',
    );
  });

  it('repeat-issues for one property across the service request and the hazards', async () => {
    const result = await cli(
      dataDir,
      'report',
      'repeat-issues',
      '--year',
      '2025/26',
      '--property',
      'P-200',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).repeats).toEqual([
      expect.objectContaining({
        by: 'PROPERTY',
        ref: 'P-200',
        kinds: { SERVICE_REQUEST: 1, COMPLAINT: 0, HAZARD: 2 },
      }),
    ]);
  });

  it('refuses a bad command line with exit 2, and missing read models with exit 4', async () => {
    for (const args of [
      ['report', 'hazards', 'late'],
      ['report'],
      ['report', 'hazards', 'compliance', '--year', '2025'],
      ['report', 'hazards', 'open', '--as-of', '2026-02-30'],
      ['report', 'repeat-issues', '--min-count', '1'],
      ['report', 'repeat-issues', '--kinds', 'HAZARD,REPAIR'],
      ['report', 'repeat-issues', '--colour', 'red'],
    ]) {
      const result = await cli(dataDir, ...args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(/^redress report: /);
    }
    const empty = mkdtempSync(join(tmpdir(), 'redress-empty-'));
    const missing = await cli(empty, 'report', 'hazards', 'open');
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain("run 'redress projections rebuild'");
    rmSync(empty, { recursive: true, force: true });
  });
});
