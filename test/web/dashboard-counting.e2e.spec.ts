import { reportingYear, type ReadModelConnection } from '@redress/read-models';
import { READ_MODELS } from '../../apps/api/src/read-models/read-models.tokens';
import { countAnnualReport } from '../../apps/api/src/reports/get-annual-report/count-annual-report';
import { countTrends } from '../../apps/api/src/reports/get-trends/count-trends';
import { countDashboard } from '../../apps/api/src/web/dashboard/count-dashboard';
import { CountingThread } from '../../apps/api/src/read-models/counting/read-model-counter';
import { startApi, type ApiHarness, type InjectedResponse } from '../support/api-harness';
import { figureOf, figuresOf, figuresOn } from '../support/dashboard-figures';
import { WebSession } from '../support/web-session';

// The projector's and the counting thread's workers compile the sources with tsx.
jest.setTimeout(120_000);

const THIS_YEAR = { figure: 'received', figureFrom: '2025-04-01', figureTo: '2026-03-31' };
const JUNE = { figure: 'received', figureFrom: '2025-06-01', figureTo: '2025-06-30' };
const NOT_UP_TO_DATE = 'the figures are being counted again';

/**
 * The dashboard on the embedded default (SQLite events and read-model file): its figures are
 * counted on a thread of their own, this year's and last year's as the api starts, and a view after a
 * change shows the last count, saying when it was made, until the new count is done
 * (REDRESS_DASHBOARD_WAIT_MS=0: a view never waits for a count under way).
 */
describe('the dashboard counted off the request path', () => {
  let api: ApiHarness;
  let governance: WebSession;
  let closed = false;

  const log = async (residentRef: string) => {
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef, description: 'The lift is broken again' },
    });
    expect(logged.statusCode).toBe(201);
    await api.settled(60_000);
  };
  const received = (html: string, period: Record<string, string>) =>
    figureOf(figuresOn(html), { ...period, figureStage: '1' }).value;
  /** Views the page until it is up to date, as someone refreshing it would. */
  const untilUpToDate = async (url: string): Promise<InjectedResponse> => {
    let page = await governance.get(url);
    const deadline = Date.now() + 60_000;
    while (page.body.includes(NOT_UP_TO_DATE) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      page = await governance.get(url);
    }
    expect(page.body).not.toContain(NOT_UP_TO_DATE);
    return page;
  };

  beforeAll(async () => {
    api = await startApi({
      onDisk: true,
      today: '2025-06-02',
      env: { REDRESS_DASHBOARD_WAIT_MS: '0' },
    });
    governance = new WebSession(api);
    await governance.signInAs('gill', 'governance', 'Gill Governor');
  });
  afterAll(async () => {
    if (!closed) await api?.close();
  });

  it('shows the last count while a change is counted, saying when it was made; then the new one', async () => {
    // Counted as the api started, with nothing recorded.
    expect(received((await untilUpToDate('/web/dashboard')).body, THIS_YEAR)).toBe(0);

    await log('R-1');
    await log('R-2');
    const meanwhile = await governance.get('/web/dashboard');
    expect(meanwhile.statusCode).toBe(200);
    // The last count, from before the two complaints, with when it was made.
    expect(received(meanwhile.body, THIS_YEAR)).toBe(0);
    expect(meanwhile.body).toContain(NOT_UP_TO_DATE);
    expect(meanwhile.body).toContain('These figures were counted on 2 June 2025 at 11:00am');
    // The new count lands without anyone waiting for it; a later view shows it.
    expect(received((await untilUpToDate('/web/dashboard')).body, THIS_YEAR)).toBe(2);

    await log('R-3');
    expect(received((await governance.get('/web/dashboard')).body, THIS_YEAR)).toBe(2);
    expect(received((await untilUpToDate('/web/dashboard')).body, THIS_YEAR)).toBe(3);
  });

  it('counted last year beside the one before as the api started: its first view shows that count', async () => {
    const lastYear = await governance.get('/web/dashboard?period=year&year=2024%2F25');
    expect(lastYear.statusCode).toBe(200);
    // Counted before the three complaints were logged (none of them in that year): shown at
    // once, saying it is being counted again, rather than waited for.
    expect(lastYear.body).toContain(NOT_UP_TO_DATE);
    expect(
      received(lastYear.body, {
        figure: 'received',
        figureFrom: '2024-04-01',
        figureTo: '2025-03-31',
      }),
    ).toBe(0);
  });

  it('waits for the first count of a period not counted before', async () => {
    const june = await governance.get('/web/dashboard?period=month&year=2025%2F26&month=6');
    expect(june.statusCode).toBe(200);
    expect(june.body).not.toContain(NOT_UP_TO_DATE);
    // June's Stage 1 figure shows twice (the period's total, and its month in the table by month).
    const shown = figuresOf(figuresOn(june.body), { ...JUNE, figureStage: '1' });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((f) => f.value)).toEqual(shown.map(() => 3));
  });

  /** The api's read-model file, and a counting thread of the test's own over it, closed after. */
  const readModels = () => api.app.get<symbol, ReadModelConnection>(READ_MODELS);
  const onAThread = async (use: (thread: CountingThread) => Promise<void>) => {
    const thread = new CountingThread(readModels().location);
    try {
      await use(thread);
    } finally {
      await thread.close();
    }
  };

  it('the counting thread’s figures are the figures counted on the main thread over the same file', async () => {
    expect(readModels().location).toMatch(/read-models\.sqlite$/);
    const request = {
      current: reportingYear('2025/26'),
      previous: reportingYear('2024/25'),
      today: '2025-06-02',
      homesByYear: {},
      beyondCap: false,
    };
    await onAThread(async (thread) => {
      const there = await thread.run({ kind: 'dashboard', request });
      expect(there.compared.volumes.stage1.current).toBe(3);
      expect(there).toStrictEqual(await countDashboard(readModels().db, request));
    });
  });

  it('the annual report counted on the thread is the one counted on the main thread', async () => {
    const request = {
      year: '2025/26',
      today: '2025-06-02',
      homesByYear: { '2025/26': { LCRA: 1000 } },
      beyondCapExtensionsInTime: false,
      landlord: 'Testshire Council',
    };
    await onAThread(async (thread) => {
      const there = await thread.run({ kind: 'annual-report', request });
      expect(there.volumes.stage1.current).toBe(3);
      expect(there).toStrictEqual(await countAnnualReport(readModels().db, request));
    });
    // And the endpoint, which now counts there, gives the same volumes.
    const served = await api.request({
      method: 'GET',
      url: '/reports/annual?year=2025%2F26',
      role: 'manager',
    });
    expect(served.statusCode).toBe(200);
    expect(served.json().volumes.stage1.current).toBe(3);
  });

  it('trends counted on the thread are the trends counted on the main thread', async () => {
    await onAThread(async (thread) => {
      for (const request of [
        { granularity: 'month' as const },
        { granularity: 'quarter' as const, from: '2025-04-01', to: '2025-06-30' },
      ]) {
        const there = await thread.run({ kind: 'trends', request });
        expect(there.periods.length).toBeGreaterThan(0);
        expect(there).toStrictEqual(await countTrends(readModels().db, request));
      }
    });
    const served = await api.request({
      method: 'GET',
      url: '/reports/trends?granularity=month',
      role: 'manager',
    });
    expect(served.statusCode).toBe(200);
    expect(served.json()).toEqual(
      JSON.parse(JSON.stringify(await countTrends(readModels().db, { granularity: 'month' }))),
    );
  });

  it('ends its counting thread when the api closes', async () => {
    const close = jest.spyOn(CountingThread.prototype, 'close');
    closed = true;
    await api.close();
    expect(close).toHaveBeenCalledTimes(1);
    await expect(close.mock.results[0]!.value).resolves.toBeUndefined();
  });
});
