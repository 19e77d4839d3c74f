import { reportingYear, type ReadModelConnection } from '@redress/read-models';
import { READ_MODELS } from '../../apps/api/src/read-models/read-models.tokens';
import { countDashboard } from '../../apps/api/src/web/dashboard/count-dashboard';
import { CountingThread } from '../../apps/api/src/web/dashboard/dashboard-counter';
import { startApi, type ApiHarness } from '../support/api-harness';
import { figureOf, figuresOn } from '../support/dashboard-figures';
import { WebSession } from '../support/web-session';

// The projector's and the counting thread's workers compile the sources with tsx.
jest.setTimeout(120_000);

const THIS_YEAR = { figure: 'received', figureFrom: '2025-04-01', figureTo: '2026-03-31' };
const NOT_UP_TO_DATE = 'the figures are being counted again';

/**
 * The dashboard on the embedded default (SQLite events and read-model file): its figures are
 * counted on a thread of their own, and a view after a change shows the last count, saying when
 * it was made, until the new count is done (REDRESS_DASHBOARD_WAIT_MS=0: it never waits).
 */
describe('the dashboard counted off the request path', () => {
  let api: ApiHarness;
  let governance: WebSession;

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
  const receivedThisYear = (html: string) =>
    figureOf(figuresOn(html), { ...THIS_YEAR, figureStage: '1' }).value;

  beforeAll(async () => {
    api = await startApi({
      onDisk: true,
      today: '2025-06-02',
      env: { REDRESS_DASHBOARD_WAIT_MS: '0' },
    });
    governance = new WebSession(api);
    await governance.signInAs('gill', 'governance', 'Gill Governor');
  });
  afterAll(() => api?.close());

  it('waits for a view’s first count, then shows the last count while a change is counted, saying so', async () => {
    await log('R-1');
    await log('R-2');
    const first = await governance.get('/web/dashboard');
    expect(first.statusCode).toBe(200);
    expect(receivedThisYear(first.body)).toBe(2);
    expect(first.body).not.toContain(NOT_UP_TO_DATE);

    await log('R-3');
    const meanwhile = await governance.get('/web/dashboard');
    expect(meanwhile.statusCode).toBe(200);
    // The count began before the third complaint: it is shown, with when it was made.
    expect(receivedThisYear(meanwhile.body)).toBe(2);
    expect(meanwhile.body).toContain(NOT_UP_TO_DATE);
    expect(meanwhile.body).toContain('These figures were counted on 2 June 2025 at 11:00am');

    // The new count lands without anyone waiting for it; the next view shows it.
    let latest = meanwhile;
    for (let i = 0; i < 300 && latest.body.includes(NOT_UP_TO_DATE); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      latest = await governance.get('/web/dashboard');
    }
    expect(latest.body).not.toContain(NOT_UP_TO_DATE);
    expect(receivedThisYear(latest.body)).toBe(3);
  });

  it('the counting thread’s figures are the figures counted on the main thread over the same file', async () => {
    const readModels = api.app.get<symbol, ReadModelConnection>(READ_MODELS);
    expect(readModels.location).toMatch(/read-models\.sqlite$/);
    const request = {
      current: reportingYear('2025/26'),
      previous: reportingYear('2024/25'),
      today: '2025-06-02',
      homesByYear: {},
      beyondCap: false,
    };
    const thread = new CountingThread(readModels.location);
    try {
      const there = await thread.count(request);
      expect(there.compared.volumes.stage1.current).toBe(3);
      expect(there).toEqual(await countDashboard(readModels.db, request));
    } finally {
      await thread.close();
    }
  });
});
