import { MemoryEventStore } from '@redress/event-store';
import type { AnnualReport, LearningLog, OmbudsmanSummary, TsmReport } from '@redress/read-models';
import { startApi, type ApiHarness } from '../support/api-harness';
import { loadCabinetMinute } from '../support/cabinet-minute';
import { WebSession } from '../support/web-session';
import { figureOf, figuresOn, type FigureLink as Link } from '../support/dashboard-figures';

/**
 * The MRC / governance dashboard over the cabinet minute's two years (2022/23 and 2023/24),
 * through the workbench's pages as a browser without JavaScript sees them: its figures are the
 * report endpoints' figures, and each links to exactly the complaints behind it.
 */
// Loading two years of complaints through the real commands is slow on a busy machine.
jest.setTimeout(300_000);

const YEAR = { figureFrom: '2023-04-01', figureTo: '2024-03-31' };
const LAST_YEAR = { figureFrom: '2022-04-01', figureTo: '2023-03-31' };

describe('the MRC / governance dashboard', () => {
  let api: ApiHarness;
  let governance: WebSession;
  let html: string;
  let links: Link[];

  beforeAll(async () => {
    const store = new MemoryEventStore();
    await loadCabinetMinute(store);
    // Cabinet noted the 2023/24 report on 3 December 2024.
    // Each view waits for its count, however long it takes here: the figures are compared exactly.
    api = await startApi({
      store,
      today: '2024-12-03',
      env: { REDRESS_DASHBOARD_WAIT_MS: '600000' },
    });
    await api.settled(240_000);
    governance = new WebSession(api);
    await governance.signInAs('gill', 'governance', 'Gill Governor');
    const page = await governance.get('/web/dashboard?period=year&year=2023%2F24');
    expect(page.statusCode).toBe(200);
    html = page.body;
    links = figuresOn(html);
  });
  afterAll(() => api?.close());

  const report = async <T>(url: string): Promise<T> => {
    const response = await api.request({ method: 'GET', url, role: 'governance' });
    expect(response.statusCode).toBe(200);
    return response.json() as T;
  };

  /** Walks Find's pages from a dashboard link, counting the complaints listed. */
  async function rowsListed(link: Link): Promise<number> {
    let url: string | undefined = `/web/find?${link.params.toString()}`;
    let rows = 0;
    while (url) {
      const page = await governance.get(url);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('The complaints behind a figure');
      rows += [
        ...page.body.matchAll(
          /<td class="govuk-table__cell"><a class="govuk-link" href="\/web\/complaints\//g,
        ),
      ].length;
      const next = /govuk-pagination__next">\s*<a[^>]*href="([^"]+)"/.exec(page.body)?.[1];
      url = next?.replace(/&amp;/g, '&');
    }
    return rows;
  }

  /** The same list through the API, a page of 200 at a time. */
  async function rowsFromApi(link: Link): Promise<number> {
    let cursor: string | undefined;
    let rows = 0;
    do {
      const query = new URLSearchParams(link.params);
      query.set('limit', '200');
      if (cursor) query.set('cursor', cursor);
      const page = await report<{ items: unknown[]; nextCursor?: string }>(
        `/complaints?${query.toString()}`,
      );
      rows += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  it('the dashboard’s figures equal the report endpoints’ for the same period', async () => {
    const annual = await report<AnnualReport>('/reports/annual?year=2023/24');
    const tsm = await report<TsmReport>('/reports/tsm?year=2023/24');
    const tsmBefore = await report<TsmReport>('/reports/tsm?year=2022/23');
    const ombudsman = await report<OmbudsmanSummary>('/reports/ombudsman?year=2023/24');
    const evidence = await report<{ rows: { provision: string; shortfallCount: number }[] }>(
      '/reports/self-assessment?year=2023/24',
    );
    const at = (wanted: Record<string, string>) => figureOf(links, wanted).value;

    // The minute's volumes: 371 then 284 Stage 1 complaints; 21 then 39 escalations.
    expect(at({ figure: 'received', ...YEAR, figureStage: '1' })).toBe(284);
    expect(at({ figure: 'received', ...YEAR, figureStage: '1' })).toBe(
      annual.volumes.stage1.current,
    );
    expect(at({ figure: 'received', ...LAST_YEAR, figureStage: '1' })).toBe(
      annual.volumes.stage1.previous,
    );
    expect(at({ figure: 'received', ...YEAR, figureStage: '2' })).toBe(
      annual.volumes.stage2.current,
    );
    expect(html).toContain(`(${annual.volumes.escalationRate.current}%)`);

    // CH01 and CH02 by tenure, both stages, this year and last.
    for (const [period, source] of [
      [YEAR, tsm],
      [LAST_YEAR, tsmBefore],
    ] as const) {
      for (const tenure of ['LCRA', 'LCHO', 'combined'] as const) {
        for (const stage of [1, 2] as const) {
          const m = source.measures[tenure];
          const ch02 = stage === 1 ? m.ch02.stage1 : m.ch02.stage2;
          const ch01 = stage === 1 ? m.ch01.stage1 : m.ch01.stage2;
          const key = { ...period, figureStage: String(stage), tenure };
          expect(at({ figure: 'received', ...key })).toBe(ch01.complaints);
          expect(at({ figure: 'ch02-cohort', ...key })).toBe(ch02.cohort);
          expect(at({ figure: 'ch02-in-time', ...key })).toBe(ch02.withinTimescale);
          expect(at({ figure: 'ch02-not-in-time', ...key })).toBe(ch02.notInTime);
          expect(at({ figure: 'ch02-not-yet-due', ...key })).toBe(ch02.awaitingNotYetDue);
        }
      }
    }
    expect(tsm.measures.LCRA.ch02.stage1.cohort).toBeGreaterThan(0);

    // Themes, year on year.
    for (const c of annual.categories.slice(0, 6)) {
      expect(at({ figure: 'received', ...YEAR, figureStage: '1', category: c.key })).toBe(
        c.current,
      );
      expect(at({ figure: 'received', ...LAST_YEAR, figureStage: '1', category: c.key })).toBe(
        c.previous,
      );
    }
    for (const o of annual.outcomes.stage1)
      expect(at({ figure: 'responded', ...YEAR, figureStage: '1', outcome: o.key })).toBe(
        o.current,
      );

    // The Ombudsman: determinations and orders by state.
    expect(at({ figure: 'ombudsman-determined', ...YEAR })).toBe(ombudsman.determinations);
    for (const state of ['open', 'complied', 'overdue'] as const)
      expect(at({ figure: `order-${state}`, ...YEAR })).toBe(ombudsman.ordersByState[state]);

    // Learning: the log's closures and their actions, open and overdue as of the day (3 December 2024).
    const logs = {
      current: await report<LearningLog>('/reports/learning-log?year=2023/24'),
      previous: await report<LearningLog>('/reports/learning-log?year=2022/23'),
    };
    for (const [period, log] of [
      [YEAR, logs.current],
      [LAST_YEAR, logs.previous],
    ] as const) {
      const open = log.entries.flatMap((e) => e.actions).filter((a) => !a.completedOn);
      expect(at({ figure: 'learning-open', ...period })).toBe(open.length);
      expect(at({ figure: 'learning-overdue', ...period })).toBe(
        open.filter((a) => a.dueOn < '2024-12-03').length,
      );
    }
    expect(logs.current.entries.length).toBeGreaterThan(0);
    const cells = (row: string) =>
      new RegExp(`${row}</th><td[^>]*>(\\d+)</td><td[^>]*>(\\d+)</td>`)
        .exec(html)
        ?.slice(1)
        .map(Number);
    const actions = (log: LearningLog) => log.entries.flatMap((e) => e.actions).length;
    expect(cells('Closures that recorded learning')).toEqual([
      logs.previous.entries.length,
      logs.current.entries.length,
    ]);
    expect(cells('Learning actions')).toEqual([actions(logs.previous), actions(logs.current)]);

    // Self-assessment: every provision with shortfalls, with its count.
    const short = evidence.rows.filter((r) => r.shortfallCount > 0);
    expect(short.length).toBeGreaterThan(0);
    for (const r of short)
      expect(at({ figure: 'shortfall', ...YEAR, figureValue: r.provision })).toBe(r.shortfallCount);
  });

  it('a figure’s link lists exactly the complaints it counts, in Find and through the API', async () => {
    const chosen = [
      figureOf(links, { figure: 'ch02-not-in-time', ...YEAR, figureStage: '1', tenure: 'LCRA' }),
      figureOf(links, { figure: 'ch02-in-time', ...LAST_YEAR, figureStage: '2', tenure: 'LCRA' }),
      figureOf(links, {
        figure: 'received',
        figureFrom: '2023-06-01',
        figureTo: '2023-06-30',
        figureStage: '1',
      }),
      figureOf(links, { figure: 'escalated', ...YEAR }),
      figureOf(links, { figure: 'shortfall', ...YEAR, figureValue: '6.2' }),
    ];
    for (const link of chosen) {
      expect(link.value).toBeGreaterThan(0);
      expect(await rowsListed(link)).toBe(link.value);
      expect(await rowsFromApi(link)).toBe(link.value);
    }
  });

  it('shows a quarter and a month beside the one before; CH01 per 1,000 homes only for a year', async () => {
    const quarter = await governance.get('/web/dashboard?period=quarter&year=2023%2F24&quarter=1');
    expect(quarter.statusCode).toBe(200);
    expect(quarter.body).toContain('2023/24 Q1 beside 2022/23 Q4');
    expect(quarter.body).toContain('per 1,000 homes is given for a whole reporting year only');
    const month = await governance.get('/web/dashboard?period=month&year=2023%2F24&month=4');
    expect(month.body).toContain('April 2023 beside March 2023');
    // The quarter's months sum to the quarter.
    const q = figuresOn(quarter.body);
    const inQuarter = ['2023-04', '2023-05', '2023-06'].map(
      (m) =>
        figureOf(q, {
          figure: 'received',
          figureFrom: `${m}-01`,
          figureTo: `${m}-${m === '2023-04' || m === '2023-06' ? '30' : '31'}`,
          figureStage: '1',
        }).value,
    );
    expect(inQuarter.reduce((a, b) => a + b, 0)).toBe(
      figureOf(q, {
        figure: 'received',
        figureFrom: '2023-04-01',
        figureTo: '2023-06-30',
        figureStage: '1',
      }).value,
    );
  });

  it('draws each chart with Observable Plot as an image with a name, its table beside it', () => {
    const charts = [...html.matchAll(/<svg[^>]*>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(3);
    for (const svg of charts) {
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/aria-label="[^"]+"/);
      expect(svg).not.toContain('style=');
    }
    expect(html).not.toContain('<style>');
    expect(html).toContain('Complaints received by month</caption>');
  });

  it('says what is wrong with a period it cannot show, and writes nothing', async () => {
    const bad = await governance.get('/web/dashboard?period=fortnight');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose a month, a quarter or a reporting year');
    const badYear = await governance.get('/web/dashboard?year=2023%2F25');
    expect(badYear.statusCode).toBe(400);
    expect(badYear.body).toContain('Choose a reporting year, for example 2025/26');
    const noPeriod = await api.request({
      method: 'GET',
      url: '/complaints?figure=ch02-cohort',
      role: 'governance',
    });
    expect(noPeriod.statusCode).toBe(400);
    expect(noPeriod.json()).toMatchObject({ code: 'INVALID_FIGURE' });
    const unknown = await api.request({
      method: 'GET',
      url: '/complaints?figure=happiness&figureFrom=2023-04-01&figureTo=2024-03-31',
      role: 'governance',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('is for governance and managers: an officer is refused, and has no link to it', async () => {
    const manager = new WebSession(api);
    await manager.signInAs('mo', 'manager', 'Mo Manager');
    expect((await manager.get('/web/dashboard')).statusCode).toBe(200);
    expect(html).toContain('href="/web/dashboard"');
    const officer = new WebSession(api);
    await officer.signInAs('olivia', 'officer', 'Olivia Officer');
    const refused = await officer.get('/web/dashboard');
    expect(refused.statusCode).toBe(403);
    expect((await officer.get('/web/find')).body).not.toContain('href="/web/dashboard"');
  });

  it('counts again once the record moves on: a complaint logged late for 2023/24 is in the figures', async () => {
    const before = figureOf(links, { figure: 'received', ...YEAR, figureStage: '1' }).value;
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: {
        channel: 'LETTER',
        residentRef: 'R-late',
        description: 'Found in the post room',
        effectiveOn: '2024-01-15',
        backdateReason: 'Letter found in the post room',
      },
    });
    expect(logged.statusCode).toBe(201);
    await api.settled(60_000);
    const page = await governance.get('/web/dashboard?period=year&year=2023%2F24');
    const after = figureOf(figuresOn(page.body), { figure: 'received', ...YEAR, figureStage: '1' });
    expect(after.value).toBe(before + 1);
  });
});
