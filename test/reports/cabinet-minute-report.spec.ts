import { parse } from 'csv-parse/sync';
import { MemoryEventStore } from '@redress/event-store';
import {
  annualReportCsv,
  annualReportHtml,
  buildAnnualReport,
  ComplaintProjector,
  rebuildReadModels,
  type AnnualReport,
  type ReadModelConnection,
} from '@redress/read-models';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { dumpReadModels } from '../../libs/read-models/src/testing/read-model-dump';
import { openTestReadModels } from '../../libs/read-models/src/testing/test-read-models';
import { loadCabinetMinute } from '../support/cabinet-minute';
import { READ_MODEL_DIALECTS, useReadModelDialect } from '../support/read-model-dialects';

/**
 * The council's minute (domain doc §10), reproduced from events made by the real commands: the
 * 2023/24 annual report must print what the cabinet was shown, with the year-on-year changes.
 */
describe.each(READ_MODEL_DIALECTS)('the cabinet minute, from the read models on %s', (dialect) => {
  useReadModelDialect(dialect);
  let store: MemoryEventStore;
  let readModels: ReadModelConnection;
  let report: AnnualReport;

  beforeAll(async () => {
    store = new MemoryEventStore();
    await loadCabinetMinute(store);
    readModels = await openTestReadModels();
    const projector = new ComplaintProjector({
      db: readModels.db,
      store,
      serializer,
      calendar,
      policies,
    });
    for (const event of await store.readAll()) await projector.handle(event);
    // Cabinet noted the report on 3 December 2024.
    report = await buildAnnualReport(readModels.db, '2023/24', {
      today: '2024-12-03',
      homesByYear: {},
      beyondCapExtensionsInTime: false,
      policies,
    });
  }, 300_000); // one event per transaction, as live; slow on a busy machine
  afterAll(() => readModels.close());

  it('Stage 1: 371 then 284 complaints, down 87 (−23.5%)', () => {
    expect(report.previousYear).toBe('2022/23');
    expect(report.volumes.stage1).toEqual({
      current: 284,
      previous: 371,
      change: -87,
      changePercent: -23.5,
    });
  });

  it('Stage 2: 21 then 39 escalations, up 18 (+85.7%); escalation rate 5.7% then 13.7%', () => {
    expect(report.volumes.stage2).toEqual({
      current: 39,
      previous: 21,
      change: 18,
      changePercent: 85.7,
    });
    expect(report.volumes.escalationRate).toEqual({ current: 13.7, previous: 5.7 });
  });

  it('root cause recorded for 129 complaints in 2023/24, with both readings of the share', () => {
    expect(report.rootCauseCoverage.current).toEqual({
      recorded: 129,
      stage1Received: 284,
      percentOfStage1: 45.4,
      stage1AndStage2Received: 323,
      percentOfStage1AndStage2: 39.9,
    });
    expect(report.rootCauseCoverage.previous.recorded).toBe(0);
    const notRecorded = report.rootCauses.find((r) => r.key === 'NOT_RECORDED');
    expect(notRecorded).toEqual({ key: 'NOT_RECORDED', current: 284 - 129, previous: 371 });
  });

  it('prints the same figures in the HTML and CSV the cabinet would receive', () => {
    const html = annualReportHtml(report);
    expect(html).toMatch(
      /<th scope="row">Stage 1 complaints received in the year \(all tenures\)<\/th><td>371<\/td><td>284<\/td><td>−87<\/td><td>−23.5%<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">Stage 2 complaints: escalations requested in the year<\/th><td>21<\/td><td>39<\/td><td>\+18<\/td><td>\+85.7%<\/td>/,
    );
    const rows = parse(annualReportCsv(report), { columns: true }) as Record<string, string>[];
    const value = (measure: string, year: string) =>
      rows.find((r) => r.measure === measure && r.year === year)?.value;
    expect(value('Stage 1 complaints received', '2022/23')).toBe('371');
    expect(value('Stage 1 complaints received: change', '2023/24')).toBe('-87');
    expect(value('Stage 2 complaints received: change %', '2023/24')).toBe('85.7');
    expect(value('recorded', '2023/24')).toBe('129');
  });

  it('a rebuild from the first event gives exactly the incrementally built read models', async () => {
    const rebuilt = await openTestReadModels();
    await rebuildReadModels({ store, connection: rebuilt, serializer, calendar, policies });
    expect(await dumpReadModels(rebuilt.db)).toEqual(await dumpReadModels(readModels.db));
    await rebuilt.close();
  });
});
