import { ReferenceIndex } from '../../apps/api/src/complaints/reference/reference-index.service';
import { startApi, type ApiHarness } from '../support/api-harness';
import { LEARNING, reportScenario } from '../support/report-scenario';
import { WebSession } from '../support/web-session';

/**
 * The report pages as a browser without JavaScript sees them: who may open them (as the API's
 * role matrix says), and that every figure on a page is the API's report endpoint's figure.
 */
// argon2 hashing is deliberately slow, and a busy machine slower still.
jest.setTimeout(120_000);

const YEAR = '2025/26';
const PAGES = [
  '/web/reports',
  '/web/reports/annual',
  '/web/reports/annual/download?format=csv',
  '/web/reports/tsm',
  '/web/reports/self-assessment',
  '/web/reports/learning',
  '/web/reports/mrc-pack',
];

/** A complaint the annual report names, as a link to its page in the workbench. */
const COMPLAINT_LINK = /<a href="\/web\/complaints\/(C-\d{4}-\d{6})">(C-\d{4}-\d{6})<\/a>/g;
/** Every match of a pattern's groups in a page (the pages mark their figures with data-*). */
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m.slice(1));
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
/** The part of a page from an element with this attribute text to the end of its table row. */
const rowsOf = (html: string, marker: string) =>
  html
    .split(marker)
    .slice(1)
    .map((chunk) => chunk.slice(0, chunk.indexOf('</tr>')));

describe('reports in the browser (forms, no JavaScript)', () => {
  let api: ApiHarness;
  let ids: Awaited<ReturnType<typeof reportScenario>>;
  const sessions: Record<string, WebSession> = {};
  const apiGet = async (url: string) => {
    const reply = await api.request({ method: 'GET', url, role: 'governance' });
    expect(reply.statusCode).toBe(200);
    return reply;
  };

  beforeAll(async () => {
    api = await startApi({
      today: '2025-06-20',
      env: { REDRESS_HOMES: `${YEAR}=LCRA:1000,LCHO:50`, REDRESS_LANDLORD_NAME: 'Riverside Homes' },
    });
    ids = await reportScenario(async (url, body, officer = 'olivia') => {
      const reply = await api.request({ method: 'POST', url, role: 'officer', sub: officer, body });
      if (reply.statusCode >= 300) throw new Error(`${url}: ${reply.body}`);
      return reply.json();
    }, api.clock.today);
    await api.settled();
    for (const role of ['officer', 'manager', 'governance', 'auditor'] as const) {
      sessions[role] = new WebSession(api);
      await sessions[role].signInAs(`${role}-user`, role);
    }
  });
  afterAll(() => api.close());

  it('refuses an officer every report page, as the API refuses the report endpoints', async () => {
    expect(
      (await api.request({ method: 'GET', url: '/reports/tsm', role: 'officer' })).statusCode,
    ).toBe(403);
    for (const url of PAGES) {
      const page = await sessions.officer!.get(url);
      expect({ url, status: page.statusCode }).toEqual({ url, status: 403 });
      expect(page.body).toContain('You cannot do this');
    }
    const home = await sessions.officer!.get('/');
    expect(home.body).not.toContain('href="/web/reports"');
  });

  it('sends someone not signed in to sign in', async () => {
    const anonymous = new WebSession(api);
    for (const url of PAGES) {
      const page = await anonymous.get(url);
      expect({ url, status: page.statusCode, to: page.headers.location }).toEqual({
        url,
        status: 303,
        to: '/',
      });
    }
  });

  it('lists the reports for governance, managers and auditors, under a Reports item', async () => {
    for (const role of ['governance', 'manager', 'auditor'] as const) {
      const page = await sessions[role]!.get('/web/reports');
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(
        /govuk-service-navigation__item--active">\s*<a class="govuk-service-navigation__link" href="\/web\/reports" aria-current="true">/,
      );
      const main = page.body.slice(page.body.indexOf('<main'), page.body.indexOf('</main>'));
      const links = all(main, /<a class="govuk-link" href="([^"]+)"/g).map(([href]) => href);
      expect(links).toEqual(
        PAGES.slice(1)
          .filter((p) => !p.includes('download'))
          .map((p) => p.replace('/annual/download?format=csv', '/annual')),
      );
    }
  });

  it('shows the annual report with the API’s own wording and offers its CSV and JSON', async () => {
    const page = await sessions.governance!.get(`/web/reports/annual?year=${YEAR}`);
    expect(page.statusCode).toBe(200);
    const html = (await apiGet(`/reports/annual?year=${YEAR}&format=html`)).body;
    const content = /<\/h1>\n([\s\S]*)\n<\/body>/.exec(html)![1]!;
    // The same content, but in the workbench each complaint it names is a link to its page.
    const link = COMPLAINT_LINK;
    expect(page.body.replace(link, '$2')).toContain(content);
    const linked = all(page.body, link);
    expect(linked.length).toBeGreaterThan(0);
    for (const [href, shown] of linked) expect(href).toBe(shown);
    expect(page.body).toContain(
      `<h1 class="govuk-heading-l">Riverside Homes: Annual complaint performance and service improvement report ${YEAR}</h1>`,
    );

    const csv = await sessions.governance!.get(
      `/web/reports/annual/download?year=${encodeURIComponent(YEAR)}&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="complaints-annual-report-2025-26.csv"',
    );
    expect(csv.body).toBe((await apiGet(`/reports/annual?year=${YEAR}&format=csv`)).body);
    const json = await sessions.governance!.get(
      `/web/reports/annual/download?year=${encodeURIComponent(YEAR)}&format=json`,
    );
    expect(JSON.parse(json.body)).toEqual((await apiGet(`/reports/annual?year=${YEAR}`)).json());
    // Complaints are named by the references they were given when logged, never made-up ones.
    const { references } = JSON.parse(json.body);
    const allocated = await api.app
      .get(ReferenceIndex)
      .referencesOf(Object.keys(references).map((complaintId) => ({ complaintId })));
    expect(references).toEqual(allocated);
    expect(new Set(linked.map(([reference]) => reference))).toEqual(
      new Set(Object.values(references)),
    );
    expect(html).not.toMatch(/C-[0-9A-F]{8}\b/);
    for (const reference of Object.values(references)) expect(html).toContain(String(reference));
    expect(page.body).toContain(
      `href="/web/reports/annual/download?year=2025%2F26&amp;format=csv"`,
    );
  });

  it('says what is wrong with a year or a format typed into the address, and shows no figures', async () => {
    for (const url of [
      '/web/reports/annual?year=2025',
      '/web/reports/tsm?year=25/26',
      '/web/reports/self-assessment?year=x',
      '/web/reports/learning?year=2025/27',
    ]) {
      const page = await sessions.manager!.get(url);
      expect({ url, status: page.statusCode }).toEqual({ url, status: 400 });
      expect(page.body).toContain('Choose a reporting year, written like 2024/25');
      expect(page.body).toContain('govuk-error-summary');
      expect(page.body).not.toContain('<table');
    }
    const format = await sessions.manager!.get(
      `/web/reports/annual/download?year=2025/26&format=xlsx`,
    );
    expect(format.statusCode).toBe(400);
    expect(format.body).toContain('The report can be downloaded as CSV or JSON.');
    const pack = await sessions.manager!.get('/web/reports/mrc-pack?period=2025-13');
    expect(pack.statusCode).toBe(400);
    expect(pack.body).toContain('Choose a month, a quarter or a reporting year from the list');
  });

  it('gives the TSM return fields with the values of GET /reports/tsm', async () => {
    const page = await sessions.manager!.get(`/web/reports/tsm?year=${YEAR}`);
    expect(page.statusCode).toBe(200);
    const tsm = (await apiGet(`/reports/tsm?year=${YEAR}`)).json();
    const cells = all(page.body, /data-field="([^"]+)">([^<]*)</g);
    expect(cells).toHaveLength(3 * 16);
    for (const [field, value] of cells) {
      const [tenure, measure, stage, part] = field!.split('.');
      const figures = tsm.measures[tenure!][measure!][stage!];
      const expected = figures[part!] ?? figures.note;
      expect({ field, value: value!.trim().toLowerCase() }).toEqual({
        field,
        value: String(expected).toLowerCase(),
      });
    }
    // The scenario's figures, so the comparison is not of two empty reports.
    expect(tsm.measures.combined.ch01.stage1.complaints).toBe(4);
    expect(tsm.measures.LCHO.ch01.stage1).toMatchObject({
      complaints: 1,
      homes: 50,
      per1000Homes: 20,
    });
    for (const line of tsm.timescales) expect(text(page.body)).toContain(line);
    expect(page.body).toContain('REDRESS_TSM_BEYOND_CAP_IN_TIME=false');
    expect(text(page.body)).toContain(
      "Number of stage one complaints made by tenants during the reporting year for the relevant stock type that were responded to within the Housing Ombudsman's Complaint Handling Code timescale",
    );
  });

  it('gives the self-assessment evidence of GET /reports/self-assessment, naming complaints as links', async () => {
    const page = await sessions.auditor!.get(`/web/reports/self-assessment?year=${YEAR}`);
    expect(page.statusCode).toBe(200);
    const evidence = (await apiGet(`/reports/self-assessment?year=${YEAR}`)).json();
    const rows = rowsOf(page.body, 'data-provision="');
    expect(rows.map((r) => r.slice(0, r.indexOf('"')))).toEqual(
      evidence.rows.map((r: { provision: string }) => r.provision),
    );
    for (const [i, row] of rows.entries()) {
      const figure = (name: string) =>
        text(new RegExp(`data-figure="${name}">([\\s\\S]*?)</td>`).exec(row)![1]!).replace(
          / falling short.*$/,
          '',
        );
      const expected = evidence.rows[i];
      expect({
        provision: expected.provision,
        met: figure('met'),
        of: figure('of'),
        pct: figure('percentage'),
        short: figure('shortfallCount'),
      }).toEqual({
        provision: expected.provision,
        met: String(expected.met),
        of: String(expected.of),
        pct: expected.percentage === null ? '–' : String(expected.percentage),
        short: String(expected.shortfallCount),
      });
    }
    const late = evidence.rows.find((r: { provision: string }) => r.provision === '6.2');
    expect(late.shortfalls.map((s: { complaintId: string }) => s.complaintId).sort()).toEqual(
      [ids.late, ids.unacknowledged].sort(),
    );
    const references = api.app.get(ReferenceIndex);
    const shortfalls = page.body.slice(page.body.indexOf('Complaints falling short'));
    for (const id of [ids.late, ids.unacknowledged]) {
      const reference = await references.referenceOf(id);
      expect(shortfalls).toContain(
        `<a class="govuk-link" href="/web/complaints/${reference}">${reference}</a>`,
      );
    }
  });

  it('gives the learning log of GET /reports/learning-log, with the complaint as a link', async () => {
    const page = await sessions.governance!.get(`/web/reports/learning?year=${YEAR}`);
    expect(page.statusCode).toBe(200);
    const log = (await apiGet(`/reports/learning-log?year=${YEAR}`)).json();
    expect(log.entries).toHaveLength(1);
    const table = page.body.slice(page.body.indexOf('app-learning-table'));
    const rows = rowsOf(table.slice(table.indexOf('<tbody')), '<tr class="govuk-table__row">');
    expect(rows).toHaveLength(log.entries.length);
    const reference = await api.app.get(ReferenceIndex).referenceOf(ids.answered);
    expect(rows[0]).toContain(`<a class="govuk-link" href="/web/complaints/${reference}">`);
    expect(text(rows[0]!)).toContain(LEARNING);
    expect(text(rows[0]!)).toContain('Brief contractors on damp visits (olivia, by');
  });

  it('makes the MRC pack for a quarter by default and for a chosen year, with the API’s figures', async () => {
    const quarter = await sessions.governance!.get('/web/reports/mrc-pack');
    expect(quarter.statusCode).toBe(200);
    expect(quarter.body).toContain(
      'Pack for the governing body: Quarter 1 of 2025/26 (April 2025 to June 2025)',
    );
    expect(quarter.body).toContain(`href="/web/reports/annual?year=2025%2F26"`);

    const page = await sessions.governance!.get(
      `/web/reports/mrc-pack?period=${encodeURIComponent(YEAR)}`,
    );
    expect(page.statusCode).toBe(200);
    expect(all(page.body, /<section class="app-pack-section" id="([^"]+)"/g).flat()).toEqual([
      'volume',
      'trends',
      'ombudsman',
      'annual',
      'learning',
    ]);
    const trends = (
      await apiGet('/reports/trends?granularity=month&from=2025-04-01&to=2026-03-31')
    ).json();
    const months = rowsOf(page.body, 'data-month="').map((r) => ({
      period: r.slice(0, r.indexOf('"')),
      stage1Received: Number(/data-figure="stage1Received">(\d+)</.exec(r)![1]),
      stage2Received: Number(/data-figure="stage2Received">(\d+)</.exec(r)![1]),
    }));
    expect(months).toEqual(
      trends.periods.map(
        (p: { period: string; stage1Received: number; stage2Received: number }) => ({
          period: p.period,
          stage1Received: p.stage1Received,
          stage2Received: p.stage2Received,
        }),
      ),
    );
    expect(months.reduce((n, m) => n + m.stage1Received, 0)).toBe(4);
    expect(months.reduce((n, m) => n + m.stage2Received, 0)).toBe(1);
    const html = (await apiGet(`/reports/annual?year=${YEAR}&format=html`)).body;
    expect(page.body.replace(COMPLAINT_LINK, '$2')).toContain(
      /<\/h1>\n([\s\S]*)\n<\/body>/.exec(html)![1]!,
    );
    expect(page.body).toContain('<a href="/web/complaints/C-2025-');
    const ombudsman = (await apiGet(`/reports/ombudsman?year=${YEAR}`)).json();
    const section = (id: string) => {
      const from = page.body.indexOf(`id="${id}"`);
      return page.body.slice(from, page.body.indexOf('</section>', from));
    };
    expect(text(section('ombudsman'))).toContain(
      `Referrals to the Ombudsman ${ombudsman.referrals} Determinations ${ombudsman.determinations}`,
    );
    expect(ombudsman).toMatchObject({
      referrals: 1,
      determinations: 1,
      ordersByState: { open: 0, complied: 1, overdue: 1 },
      severeMaladministrationOrders: { total: 2, complied: 1 },
    });
    expect(text(section('ombudsman'))).toContain(
      'Orders open 0 Orders complied with 1 Orders overdue 1 Orders from severe maladministration findings: complied with 1 of 2 Compensation ordered £500.00',
    );
    const reference = await api.app.get(ReferenceIndex).referenceOf(ids.ombudsman);
    expect(section('ombudsman')).toContain(
      `<a class="govuk-link" href="/web/complaints/${reference}">${reference}</a>`,
    );
    expect(text(section('ombudsman'))).toContain(
      'Pay £500 for distress and inconvenience From a severe maladministration finding £500.00',
    );
    const learning = (await apiGet(`/reports/learning-log?year=${YEAR}`)).json();
    expect(text(section('learning'))).toContain(
      `${learning.entries.length} complaint closed in the period recorded learning`,
    );
    expect(text(section('learning'))).toContain(LEARNING);
  });
});
