import { reportingYear, type ReadModelConnection } from '@redress/read-models';
import { loadDemo } from '../../apps/api/src/demo/demo-loader';
import { CountingThread } from '../../apps/api/src/read-models/counting/read-model-counter';
import {
  runCountJob,
  type CountKind,
  type JobOf,
} from '../../apps/api/src/read-models/counting/count-jobs';
import { READ_MODELS } from '../../apps/api/src/read-models/read-models.tokens';
import { startApi, type ApiHarness } from '../support/api-harness';

// The projector's and the counting thread's workers compile the sources with tsx.
jest.setTimeout(180_000);

const TODAY = '2025-06-02';
const YEAR = '2024/25';
const period = reportingYear(YEAR);

/**
 * Every report on the embedded default is counted on the counting thread, off the request path
 * (the dashboard, the annual report and the trends are tested in dashboard-counting.e2e): the
 * TSM return (CH01, CH02), the self-assessment's evidence (CHC 8.1(a)), the Ombudsman report
 * (CHC 9.7) and the learning log (CHC 9.1–9.3). Over the demo data set's two whole years, each
 * is the same there as counted on the main thread over the same file, and the endpoint serves it.
 */
describe('the reports counted on the counting thread', () => {
  let api: ApiHarness;
  let thread: CountingThread;
  const readModels = () => api.app.get<symbol, ReadModelConnection>(READ_MODELS);

  beforeAll(async () => {
    api = await startApi({ onDisk: true, today: TODAY });
    await loadDemo(api.store, { perYear: 40, firstYear: 2023, today: TODAY });
    await api.settled(120_000);
    thread = new CountingThread(readModels().location);
  });
  afterAll(async () => {
    await thread?.close();
    await api?.close();
  });

  /** Counted on a thread of its own, and the same as counted here over the same file. */
  async function countedOnTheThread<K extends CountKind>(job: JobOf<K>) {
    const there = await thread.run(job);
    expect(there).toStrictEqual(await runCountJob(readModels().db, job));
    return there;
  }

  /** What the endpoint serves, as JSON, having asked the api's counting thread to count it. */
  async function served(url: string, kind: CountKind): Promise<unknown> {
    const run = jest.spyOn(CountingThread.prototype, 'run');
    try {
      const response = await api.request({ method: 'GET', url, role: 'manager' });
      expect(response.statusCode).toBe(200);
      expect(run.mock.calls.map(([job]) => job.kind)).toEqual([kind]);
      return response.json();
    } finally {
      run.mockRestore();
    }
  }
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  it('the TSM return (CH01, CH02)', async () => {
    const request = {
      year: YEAR,
      homesByYear: {},
      beyondCapExtensionsInTime: false,
      asOf: TODAY,
    };
    const tsm = await countedOnTheThread({ kind: 'tsm', request });
    expect(tsm.measures.combined.ch01.stage1.complaints).toBeGreaterThan(20);
    expect(tsm.measures.combined.ch02.stage1.cohort).toBeGreaterThan(0);
    expect(await served(`/reports/tsm?year=${encodeURIComponent(YEAR)}`, 'tsm')).toEqual(
      asJson(tsm),
    );
  });

  it('the self-assessment’s evidence (CHC 8.1(a))', async () => {
    const evidence = await countedOnTheThread({
      kind: 'self-assessment',
      request: { period, today: TODAY },
    });
    expect(evidence.rows.length).toBeGreaterThan(5);
    expect(
      await served(`/reports/self-assessment?year=${encodeURIComponent(YEAR)}`, 'self-assessment'),
    ).toEqual(asJson(evidence));
  });

  it('the Ombudsman report (CHC 9.7)', async () => {
    const summary = await countedOnTheThread({
      kind: 'ombudsman-report',
      request: { period, asOf: period.to },
    });
    expect(summary.referrals).toBeGreaterThan(0);
    expect(
      await served(`/reports/ombudsman?year=${encodeURIComponent(YEAR)}`, 'ombudsman-report'),
    ).toEqual(asJson(summary));
  });

  it('the learning log (CHC 9.1–9.3), whole and filtered', async () => {
    const log = await countedOnTheThread({
      kind: 'learning-log',
      request: { period, filter: {} },
    });
    expect(log.entries.length).toBeGreaterThan(10);
    expect(
      await served(`/reports/learning-log?year=${encodeURIComponent(YEAR)}`, 'learning-log'),
    ).toEqual(asJson(log));
    const category = log.entries[0]!.category;
    const filtered = await countedOnTheThread({
      kind: 'learning-log',
      request: { period, filter: { category } },
    });
    expect(filtered.entries.length).toBeGreaterThan(0);
    expect(filtered.entries.every((e) => e.category === category)).toBe(true);
  });
});
