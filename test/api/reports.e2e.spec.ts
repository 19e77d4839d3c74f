import { startApi, type ApiHarness } from '../support/api-harness';
import { expectProblem } from '../support/http-expectations';

/**
 * Report consumers read the read models over HTTP. Commands go in through the api; the embedded
 * projector (decision 7) folds them into the read models, which the report endpoints query.
 */
describe('caseload and report endpoints', () => {
  let api: ApiHarness;
  const ids: string[] = [];

  const log = async (propertyRef: string) => {
    const reply = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: {
        channel: 'EMAIL',
        residentRef: 'R-1',
        propertyRef,
        description: 'Damp in the bedroom',
      },
    });
    ids.push(reply.json().id);
    return reply.json().id as string;
  };

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17', env: { REDRESS_HOMES: '2025/26=2000' } });
    const first = await log('P-1');
    await log('P-1');
    api.clock.today = '2025-04-22';
    await api.request({
      method: 'POST',
      url: `/complaints/${first}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'alice',
        definition: { issues: [{ summary: 'Damp' }], outcomesSought: ['Repair'] },
      },
    });
    api.clock.today = '2025-05-06';
    await api.settled();
  });
  afterAll(() => api.close());

  it('lists complaints a page at a time, with filters', async () => {
    const page = await api.request({
      method: 'GET',
      url: '/complaints?limit=1&sort=receivedOn&direction=asc',
      role: 'officer',
    });
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(1);
    const next = await api.request({
      method: 'GET',
      url: `/complaints?limit=1&sort=receivedOn&direction=asc&cursor=${page.json().nextCursor}`,
      role: 'officer',
    });
    expect(
      [...page.json().items, ...next.json().items]
        .map((i: { complaintId: string }) => i.complaintId)
        .sort(),
    ).toEqual([...ids].sort());
    const alice = await api.request({
      method: 'GET',
      url: '/complaints?handler=alice',
      role: 'manager',
    });
    expect(alice.json().items).toEqual([
      expect.objectContaining({ complaintId: ids[0], status: 'stage1.awaitingResponse' }),
    ]);
  });

  it('gives the work queue red / amber / green as of today or a date', async () => {
    const today = await api.request({ method: 'GET', url: '/work-queue', role: 'officer' });
    expect(today.statusCode).toBe(200);
    // The unacknowledged complaint missed 28 April; the other's response is due 7 May.
    expect(today.json()).toMatchObject({
      asOf: '2025-05-06',
      counts: { red: 1, amber: 1, green: 0 },
    });
    const earlier = await api.request({
      method: 'GET',
      url: '/work-queue?asOf=2025-04-23',
      role: 'officer',
    });
    expect(earlier.json().counts).toEqual({ red: 0, amber: 0, green: 2 });
    // One response is bounded: `limit` items at most, the counts still count every one.
    const first = await api.request({ method: 'GET', url: '/work-queue?limit=1', role: 'officer' });
    expect(first.json()).toMatchObject({ counts: { red: 1, amber: 1 }, truncated: true });
    expect(first.json().items).toHaveLength(1);
    expect(today.json()).toMatchObject({ truncated: false });
    expect(today.json().items).toHaveLength(2);
  });

  it('serves TSM with the homes configured, and says when they are not', async () => {
    const tsm = await api.request({
      method: 'GET',
      url: '/reports/tsm?year=2025/26',
      role: 'governance',
    });
    expect(tsm.statusCode).toBe(200);
    expect(tsm.json()).toMatchObject({
      extensionsCountAsInTime: true,
      ch01: { stage1: { complaints: 2, homes: 2000, per1000Homes: 1 } },
    });
    const off = await api.request({
      method: 'GET',
      url: '/reports/tsm?year=2025/26&extensionsInTime=false',
      role: 'governance',
    });
    expect(off.json().extensionsCountAsInTime).toBe(false);
    expectProblem(
      await api.request({ method: 'GET', url: '/reports/tsm?year=2024/25', role: 'governance' }),
      422,
      'HOMES_NOT_CONFIGURED',
    );
    const given = await api.request({
      method: 'GET',
      url: '/reports/tsm?year=2024/25&homes=500',
      role: 'governance',
    });
    expect(given.json().ch01.stage1).toEqual({ complaints: 0, homes: 500, per1000Homes: 0 });
  });

  it('serves trends, Ombudsman, learning and self-assessment reports', async () => {
    const trends = await api.request({
      method: 'GET',
      url: '/reports/trends?granularity=quarter',
      role: 'manager',
    });
    expect(trends.json().periods).toEqual([
      expect.objectContaining({ period: '2025/26 Q1', stage1Received: 2 }),
    ]);
    expect(trends.json().repeatComplaints.byProperty).toEqual({
      count: 1,
      top: [{ ref: 'P-1', complaints: 2 }],
    });
    const ombudsman = await api.request({
      method: 'GET',
      url: '/reports/ombudsman?year=2025/26',
      role: 'auditor',
    });
    expect(ombudsman.json()).toMatchObject({ referrals: 0, determinations: 0 });
    const learning = await api.request({
      method: 'GET',
      url: '/reports/learning-log',
      role: 'governance',
    });
    expect(learning.json()).toMatchObject({ entries: [], period: { label: '2025/26' } });
    const evidence = await api.request({
      method: 'GET',
      url: '/reports/self-assessment?year=2025/26',
      role: 'governance',
    });
    const row = evidence.json().rows.find((r: { provision: string }) => r.provision === '6.2');
    expect(row).toMatchObject({
      met: 1,
      of: 2,
      shortfalls: [{ complaintId: ids[1], detail: 'not done; due 2025-04-28' }],
    });
  });

  it('serves the annual report as JSON, CSV and printable HTML', async () => {
    const json = await api.request({
      method: 'GET',
      url: '/reports/annual?year=2025/26',
      role: 'governance',
    });
    expect(json.json()).toMatchObject({
      reportingYear: '2025/26',
      previousYear: '2024/25',
      volumes: { stage1: { current: 2, previous: 0 } },
    });
    const csv = await api.request({
      method: 'GET',
      url: '/reports/annual?year=2025/26&format=csv',
      role: 'governance',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('complaints-annual-report-2025-26.csv');
    expect(csv.body.split('\n')[0]).toBe('section,measure,breakdown,year,value');
    const html = await api.request({
      method: 'GET',
      url: '/reports/annual?year=2025/26&format=html',
      role: 'governance',
    });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain(
      'Annual complaint performance and service improvement report 2025/26',
    );
  });

  it.each([
    ['/reports/annual?year=2025-26', 'VALIDATION_FAILED'],
    ['/reports/annual?format=pdf', 'VALIDATION_FAILED'],
    ['/reports/trends?granularity=week', 'VALIDATION_FAILED'],
    ['/reports/trends?from=2025-05-01&to=2025-04-01', 'VALIDATION_FAILED'],
    ['/reports/tsm?homes=-5', 'VALIDATION_FAILED'],
    ['/complaints?limit=0', 'VALIDATION_FAILED'],
    ['/complaints?stage=3', 'VALIDATION_FAILED'],
    ['/complaints?receivedFrom=2025-02-30', 'VALIDATION_FAILED'],
    ['/complaints?cursor=bm9wZQ', 'INVALID_CURSOR'],
    ['/work-queue?asOf=tomorrow', 'VALIDATION_FAILED'],
    ['/complaints?unknown=1', 'VALIDATION_FAILED'],
  ])('refuses %s with 400 %s', async (url, code) => {
    expectProblem(await api.request({ method: 'GET', url, role: 'manager' }), 400, code);
  });
});
