import { startApi, type ApiHarness } from '../support/api-harness';
import { expectProblem } from '../support/http-expectations';

/**
 * Hazard reports (SI 2025/1042) and repeat issues over HTTP, from commands sent through the
 * api and folded by the embedded projector. November 2025 has no bank holiday: a hazard aware
 * on Mon 3 Nov has its Reg 6 investigation due Mon 17 Nov (10 working days); one aware Mon
 * 10 Nov, due Mon 24 Nov.
 */
describe('hazard reports and repeat issues over HTTP', () => {
  let api: ApiHarness;
  const post = (url: string, body: object) =>
    api.request({ method: 'POST', url, role: 'officer', body });
  const get = (url: string, role: 'manager' | 'officer' = 'manager') =>
    api.request({ method: 'GET', url, role });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi({ today: '2025-11-03' });
    const complaint = await post('/complaints', {
      channel: 'PHONE',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom',
    });
    ids.complaint = complaint.json().id;
    const reported = await post('/hazards', {
      route: 'COMPLAINT',
      complaintId: ids.complaint,
      tenure: 'SOCIAL_RENT_ASSURED',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom',
    });
    ids.first = reported.json().id;
    const classify = { category: 'SIGNIFICANT', hazardType: 'DAMP_AND_MOULD', reason: 'Mould' };
    expect((await post(`/hazards/${ids.first}/classify`, classify)).statusCode).toBe(200);

    api.clock.today = '2025-11-04';
    const request = await post('/service-requests', {
      residentRef: 'R-100',
      propertyRef: 'P-100',
      channel: 'PHONE',
      description: 'Extractor fan broken',
    });
    ids.request = request.json().id;
    expect(
      (await post(`/service-requests/${ids.request}/offers`, { dissatisfaction: 'Third visit' }))
        .statusCode,
    ).toBe(200);
    expect((await post(`/service-requests/${ids.request}/offers/O1/decline`, {})).statusCode).toBe(
      200,
    );

    api.clock.today = '2025-11-10';
    const second = await post('/hazards', {
      route: 'REPAIR_REPORT',
      tenure: 'SOCIAL_RENT_ASSURED',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Mould back in the bathroom',
    });
    ids.second = second.json().id;
    expect((await post(`/hazards/${ids.second}/classify`, classify)).statusCode).toBe(200);
    api.clock.today = '2025-11-12';
    const concluded = await post(`/hazards/${ids.second}/investigation`, {
      finding: 'HAZARD',
      reasons: 'Extractor fan failed; mould on the ceiling',
      preventativeWorkRequired: false,
    });
    expect(concluded.statusCode).toBe(200);

    api.clock.today = '2025-12-01';
    await api.settled();
  }, 60_000);
  afterAll(() => api.close());

  it('clock compliance: one Reg 6 investigation in time, one missed and still open', async () => {
    const reply = await get('/reports/hazards/compliance?year=2025/26');
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['redress-projection-state']).toBe('live');
    expect(reply.json().asOf).toBe('2025-12-01');
    expect(
      reply.json().rows.find((r: { step: string }) => r.step === 'INVESTIGATION'),
    ).toMatchObject({
      provision: 'SI 2025/1042 Reg 6',
      hazardType: 'DAMP_AND_MOULD',
      metInTime: 1,
      missed: 1,
      missedStillOpen: 1,
      open: 0,
      metPercentage: 50,
    });
    // Reg 9 and Reg 11(2)(a) for the second case: due 17 and 19 November, not done.
    const later = (await get('/reports/hazards/compliance?year=2025/26&asOf=2025-11-14')).json();
    expect(
      later.rows.map((r: { provision: string; open: number }) => [r.provision, r.open]),
    ).toEqual([
      ['SI 2025/1042 Reg 6', 1],
      ['SI 2025/1042 Reg 9', 1],
      ['SI 2025/1042 Reg 11(2)(a)', 1],
    ]);
  });

  it('open hazards by age, hazards linked to complaints and repeat hazards at the property', async () => {
    const open = (await get('/reports/hazards/open')).json();
    expect(
      open.hazards.map((h: { hazardId: string; ageDays: number }) => [h.hazardId, h.ageDays]),
    ).toEqual([
      [ids.first, 28],
      [ids.second, 21],
    ]);
    const links = (await get('/reports/hazards/linked-complaints?year=2025/26')).json();
    expect(links).toMatchObject({
      hazards: 2,
      linkedToComplaints: 1,
      reportedInComplaints: 1,
      links: [{ hazardId: ids.first, complaintId: ids.complaint, complaintStatus: 'received' }],
    });
    const repeats = (await get('/reports/hazards/repeats?year=2025/26&byTopic=true')).json();
    expect(repeats.repeats).toEqual([
      expect.objectContaining({ by: 'PROPERTY', ref: 'P-100', topic: 'DAMP_AND_MOULD' }),
    ]);
  });

  it('repeat issues at one property across a service request, a complaint and two hazards', async () => {
    const reply = await get('/reports/repeat-issues?year=2025/26&propertyRef=P-100');
    expect(reply.statusCode).toBe(200);
    expect(reply.json().repeats).toEqual([
      expect.objectContaining({
        by: 'PROPERTY',
        ref: 'P-100',
        kinds: { SERVICE_REQUEST: 1, COMPLAINT: 1, HAZARD: 2 },
        firstOn: '2025-11-03',
        lastOn: '2025-11-10',
      }),
    ]);
    const hazardsOnly = await get(
      '/reports/repeat-issues?residentRef=R-100&kinds=HAZARD,COMPLAINT',
    );
    expect(hazardsOnly.json().repeats[0]).toMatchObject({
      by: 'RESIDENT',
      kinds: { SERVICE_REQUEST: 0, COMPLAINT: 1, HAZARD: 2 },
    });
  });

  it('the self-assessment lists the declined offer to complain (CHC 1.3, 1.5)', async () => {
    const evidence = (await get('/reports/self-assessment?year=2025/26')).json();
    expect(evidence.offersToComplain).toMatchObject({
      provision: '1.3, 1.5',
      made: 1,
      declined: 1,
      accepted: 0,
      offers: [{ serviceRequestId: ids.request, offerId: 'O1', status: 'DECLINED' }],
    });
  });

  it('refuses bad input with problem details, and officers with 403', async () => {
    for (const url of [
      '/reports/hazards/compliance?asOf=2025-02-30',
      '/reports/hazards/compliance?year=2025',
      '/reports/hazards/open?asOf=yesterday',
      '/reports/hazards/repeats?minCount=1',
      '/reports/hazards/repeats?withinDays=-3',
      '/reports/hazards/repeats?byTopic=yes',
      '/reports/repeat-issues?kinds=HAZARD,REPAIR',
      '/reports/repeat-issues?propertyRef=',
    ]) {
      expectProblem(await get(url), 400, 'VALIDATION_FAILED');
    }
    expect((await get('/reports/hazards/compliance', 'officer')).statusCode).toBe(403);
    expect((await get('/reports/repeat-issues', 'officer')).statusCode).toBe(403);
  });
});
