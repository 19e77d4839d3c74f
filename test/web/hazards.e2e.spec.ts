import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';

/**
 * Awaab's Law hazard cases in the workbench (SI 2025/1042), as a browser without JavaScript
 * would post the forms. Working days are counted by hand on the calendar of November 2025 (no
 * bank holiday falls in it); the harness's clock reads 10:00 UTC on each day set.
 */
// argon2 hashing is deliberately slow, and a busy machine slower still.
jest.setTimeout(90_000);

describe('hazard cases in the workbench', () => {
  let api: ApiHarness;
  let olivia: WebSession;
  beforeAll(async () => {
    api = await startApi({ today: '2025-11-03' });
    olivia = new WebSession(api);
    await olivia.signInAs('olivia', 'officer', 'Olivia Officer');
  });
  afterAll(() => api.close());

  /** Logs a complaint through the form; its page's address, without the query. */
  async function logComplaint(description: string, tenure: 'LCRA' | 'LCHO' | 'OTHER') {
    await olivia.get('/web/complaints/new');
    const logged = await olivia.post('/web/complaints/new', {
      channel: 'PHONE',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      tenure,
      description,
    });
    expect(logged.statusCode).toBe(303);
    return String(logged.headers.location);
  }

  it('leads from a complaint about black mould to a hazard case, with both clocks on each side', async () => {
    api.clock.today = '2025-11-03';
    const logged = await logComplaint('Black mould in the bedroom; my son has asthma', 'LCRA');
    const url = logged.replace(/\?.*$/, '');
    const reference = url.split('/').pop()!;
    let complaint = await olivia.get(logged);
    // The prompt: a notification banner, leading to a hazard case; nothing is opened by itself.
    expect(complaint.body).toContain('Possible hazard');
    expect(complaint.body).toContain('This complaint mentions mould');
    expect(complaint.body).toContain(
      'investigated within 10 working days of the landlord becoming aware (SI 2025/1042 Reg 6)',
    );
    expect(complaint.body).toContain(`href="/web/hazards/new?complaint=${reference}"`);

    const form = await olivia.get(`/web/hazards/new?complaint=${reference}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/name="route" type="radio" value="COMPLAINT" checked/);
    expect(form.body).toMatch(/id="residentRef" name="residentRef" type="text" value="R-100"/);
    expect(form.body).toMatch(/id="propertyRef" name="propertyRef" type="text" value="P-100"/);
    expect(form.body).toContain('The complaint records: Social rent or affordable rent');
    const complaintId = /name="complaintId" value="([0-9a-f-]+)"/.exec(form.body)![1]!;

    const noTenure = await olivia.post('/web/hazards/new', {
      route: 'COMPLAINT',
      complaintId,
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom',
    });
    expect(noTenure.statusCode).toBe(400);
    expect(noTenure.body).toContain('govuk-error-summary');
    expect(noTenure.body).toContain('Choose the resident’s tenure');

    const opened = await olivia.post('/web/hazards/new', {
      route: 'COMPLAINT',
      complaintId,
      tenure: 'SOCIAL_RENT_ASSURED',
      residentRef: 'R-100',
      propertyRef: 'P-100',
      description: 'Black mould in the bedroom',
    });
    expect(opened.statusCode).toBe(303);
    const hazardUrl = String(opened.headers.location).replace(/\?.*$/, '');
    expect(hazardUrl).toMatch(/^\/web\/hazards\/[0-9a-f-]{36}$/);

    let hazard = await olivia.get(`${hazardUrl}?done=reported`);
    expect(hazard.body).toContain('Hazard case opened');
    expect(hazard.body).toContain('Awaab’s Law applies: social rented tenancy');
    expect(hazard.body).toContain('3 November 2025 at 10:00am, by a complaint');
    // The complaint's own clock on the hazard page: acknowledge by 10 November (CHC 6.2).
    expect(hazard.body).toContain(`Complaint ${reference}`);
    expect(hazard.body).toContain('10 November 2025');
    // Only what the machine allows now: classify, not the findings or closing.
    expect(hazard.body).toContain(`${hazardUrl}/classify`);
    expect(hazard.body).not.toContain(`${hazardUrl}/investigation`);
    expect((await olivia.get(`${hazardUrl}/close`)).statusCode).toBe(404);

    const classifyForm = await olivia.get(`${hazardUrl}/classify`);
    expect(classifyForm.statusCode).toBe(200);
    expect(classifyForm.body).toContain('Investigate within 10 working days (Reg 6)');
    const unclassified = await olivia.post(`${hazardUrl}/classify`, {
      hazardType: 'DAMP_AND_MOULD',
      reason: 'Mould across the bedroom wall',
    });
    expect(unclassified.statusCode).toBe(400);
    expect(unclassified.body).toContain('Choose emergency or significant');
    const classified = await olivia.post(`${hazardUrl}/classify`, {
      category: 'SIGNIFICANT',
      hazardType: 'DAMP_AND_MOULD',
      reason: 'Mould across the bedroom wall; a child with asthma',
    });
    expect(classified.statusCode).toBe(303);

    // Reg 6: investigate within 10 working days of 3 November: due Monday 17 November.
    hazard = await olivia.get(hazardUrl);
    expect(hazard.body).toContain('SI 2025/1042 Reg 6');
    expect(hazard.body).toContain('17 November 2025');
    expect(hazard.body).toContain('10 working days left');
    expect(hazard.body).toContain('On track');

    // Both clocks on the complaint, and the prompt has done its work.
    complaint = await olivia.get(url);
    expect(complaint.body).not.toContain('Possible hazard');
    expect(complaint.body).toContain('Hazard cases (Awaab’s Law)');
    expect(complaint.body).toContain('Significant hazard: Damp and mould');
    expect(complaint.body).toContain('SI 2025/1042 Reg 6');
    expect(complaint.body).toContain('Acknowledge and define Stage 1');

    // Wednesday 12 November: the findings; Reg 9 summary due 17 November (13, 14, 17), Reg
    // 11(2)(a) safety work and Reg 13(2) preventative work due 19 November (13, 14, 17–19).
    api.clock.today = '2025-11-12';
    await olivia.get(`${hazardUrl}/investigation`);
    const concluded = await olivia.post(`${hazardUrl}/investigation`, {
      finding: 'HAZARD',
      reasons: 'Condensation from a failed extractor fan; mould on two walls',
      preventativeWorkRequired: 'yes',
    });
    expect(concluded.statusCode).toBe(303);
    hazard = await olivia.get(hazardUrl);
    for (const provision of ['Reg 9', 'Reg 11(2)(a)', 'Reg 13(2)'])
      expect(hazard.body).toContain(`SI 2025/1042 ${provision}`);
    expect(hazard.body).toContain('19 November 2025');
    expect(hazard.body).toContain('Met');

    // Closing with steps owed: refused, the regulations named in the error summary.
    await olivia.get(`${hazardUrl}/close`);
    const early = await olivia.post(`${hazardUrl}/close`, { summary: 'Done' });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('govuk-error-summary');
    expect(early.body).toContain('Steps with a clock are still outstanding');
    expect(early.body).toContain('SI 2025/1042 Regs 9, 11, 13');

    // Thursday 13 November: a summary sent yesterday needs the reason it is recorded late.
    api.clock.today = '2025-11-13';
    await olivia.get(`${hazardUrl}/written-summary`);
    const sentYesterday = {
      method: 'Letter',
      summary: 'We found mould caused by a failed fan and will replace it this week.',
      'at-day': '12',
      'at-month': '11',
      'at-year': '2025',
      'at-hour': '15',
      'at-minute': '30',
    };
    const noReason = await olivia.post(`${hazardUrl}/written-summary`, sentYesterday);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Say why this is being recorded after the day it happened');
    const late = await olivia.post(`${hazardUrl}/written-summary`, {
      ...sentYesterday,
      backdateReason: 'The letter was posted after the office closed',
    });
    expect(late.statusCode).toBe(303);
    hazard = await olivia.get(hazardUrl);
    expect(hazard.body).toContain('The letter was posted after the office closed');
    expect(hazard.body).toContain('Recorded later');
  });

  it('does not prompt for a home Awaab’s Law cannot reach, and records an out-of-scope report', async () => {
    api.clock.today = '2025-11-03';
    const logged = await logComplaint('Damp and black spots in the hall', 'LCHO');
    expect((await olivia.get(logged)).body).not.toContain('Possible hazard');

    // From the menu: a report said to come from a complaint must name it.
    const menu = await olivia.get('/');
    expect(menu.body).toContain('href="/web/hazards/new"');
    await olivia.get('/web/hazards/new');
    const fields = {
      tenure: 'SHARED_OWNERSHIP',
      residentRef: 'R-200',
      propertyRef: 'P-200',
      description: 'Mould in the bathroom',
    };
    const unnamed = await olivia.post('/web/hazards/new', { ...fields, route: 'COMPLAINT' });
    expect(unnamed.statusCode).toBe(409);
    expect(unnamed.body).toContain('A hazard reported in a complaint must name that complaint');
    const future = await olivia.post('/web/hazards/new', {
      ...fields,
      route: 'CALL',
      'at-day': '4',
      'at-month': '11',
      'at-year': '2025',
      'at-hour': '9',
    });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('The time must be now or in the past');

    const opened = await olivia.post('/web/hazards/new', { ...fields, route: 'CALL' });
    expect(opened.statusCode).toBe(303);
    const hazard = await olivia.get(String(opened.headers.location));
    // s.10A LTA 1985: social housing tenancies only. Recorded, with no clock and no triage.
    expect(hazard.body).toContain('Awaab’s Law does not apply: not a social rented tenancy');
    expect(hazard.body).toContain('No Awaab’s Law clock runs on this case');
    expect(hazard.body).not.toContain('/classify');
  });

  /** Opens a case from the menu (a phone call) and classifies it; its page's address. */
  async function openCase(category: 'SIGNIFICANT' | 'EMERGENCY', hazardType: string) {
    await olivia.get('/web/hazards/new');
    const opened = await olivia.post('/web/hazards/new', {
      route: 'CALL',
      tenure: 'SOCIAL_RENT_SECURE',
      residentRef: 'R-400',
      propertyRef: 'P-400',
      description: 'Reported by phone',
    });
    expect(opened.statusCode).toBe(303);
    const url = String(opened.headers.location).replace(/\?.*$/, '');
    await olivia.get(`${url}/classify`);
    const classified = await olivia.post(`${url}/classify`, {
      category,
      hazardType,
      reason: 'Triage by the repairs team',
    });
    expect(classified.statusCode).toBe(303);
    return url;
  }

  /** Opens a step's form, checks its guidance names the regulation, and posts it. */
  async function step(url: string, action: string, regulation: string, fields: object) {
    const form = await olivia.get(`${url}/${action}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(regulation);
    return olivia.post(`${url}/${action}`, fields as Record<string, string>);
  }

  it('records every step of a significant hazard through its forms, to closure', async () => {
    api.clock.today = '2025-11-03';
    const url = await openCase('SIGNIFICANT', 'DAMP_AND_MOULD');
    api.clock.today = '2025-11-04';
    const findings = {
      finding: 'HAZARD',
      reasons: 'Mould from a leaking gutter',
      preventativeWorkRequired: 'yes',
    };
    expect((await step(url, 'investigation', 'Regs 6–9', findings)).statusCode).toBe(303);
    const safety = { work: 'Mould treated; bedroom made usable' };
    expect((await step(url, 'safety-work', 'Reg 11(2)(a)', safety)).statusCode).toBe(303);

    // Reg 13(3)(b): once deferred, the start clock is 12 weeks from 4 November: 27 January.
    const defer = { notReasonablyPracticableReason: 'The scaffold needs a road closure' };
    expect((await step(url, 'defer-preventative-work', 'Reg 13(3)', defer)).statusCode).toBe(303);
    let page = await olivia.get(url);
    expect(page.body).toContain('SI 2025/1042 Reg 13(3)(b)');
    expect(page.body).toContain('27 January 2026');

    const noTarget = await step(url, 'start-preventative-work', 'Reg 13(2)–(4)', {
      work: 'Gutter replacement',
    });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.body).toContain('Enter the target date for completing the work');
    const started = await olivia.post(`${url}/start-preventative-work`, {
      work: 'Gutter replacement',
      'targetCompletionOn-day': '30',
      'targetCompletionOn-month': '1',
      'targetCompletionOn-year': '2026',
    });
    expect(started.statusCode).toBe(303);
    page = await olivia.get(url);
    expect(page.body).toContain('SI 2025/1042 Reg 13(4)');
    expect(page.body).toContain('30 January 2026');
    const done = { work: 'New gutter fitted' };
    expect((await step(url, 'complete-preventative-work', 'Reg 13(4)', done)).statusCode).toBe(303);

    // Alternative accommodation is at the landlord's cost: refused without it.
    const offer = {
      accommodation: 'A furnished flat nearby',
      reason: 'The bedroom cannot be used while the wall dries',
      answer: 'ACCEPTED',
    };
    const unpaid = await step(url, 'alternative-accommodation', 'alternative accommodation', offer);
    expect(unpaid.statusCode).toBe(409);
    expect(unpaid.body).toContain('Alternative accommodation must be at the landlord');
    const paid = await olivia.post(`${url}/alternative-accommodation`, {
      ...offer,
      atLandlordsCost: 'yes',
    });
    expect(paid.statusCode).toBe(303);

    // A complaint about the same matter, linked by its reference.
    const complaint = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-400', description: 'Nobody came about the gutter' },
    });
    const reference = complaint.json().reference as string;
    const unknown = await step(url, 'link-complaint', 'concurrently', {
      complaint: 'C-2025-999999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('No complaint has the reference C-2025-999999');
    const linked = await olivia.post(`${url}/link-complaint`, { complaint: reference });
    expect(linked.statusCode).toBe(303);

    // Wednesday 12 November: the Reg 9 summary (due 7 November) was missed; the defence is
    // recorded beside it and the clock stays missed.
    api.clock.today = '2025-11-12';
    const noEvidence = await step(url, 'reasonable-endeavours', 'reasonable endeavours', {
      step: 'WRITTEN_SUMMARY',
      explanation: 'The tenant was away',
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.body).toContain('List the evidence, one item on each line');
    const defence = await olivia.post(`${url}/reasonable-endeavours`, {
      step: 'WRITTEN_SUMMARY',
      explanation: 'The tenant was away',
      evidence: 'Call log 5 November\nCard left 6 November',
    });
    expect(defence.statusCode).toBe(303);
    const summary = { method: 'Email', summary: 'Findings and the work done' };
    expect((await step(url, 'written-summary', 'Reg 9', summary)).statusCode).toBe(303);
    page = await olivia.get(url);
    expect(page.body).toContain('Reasonable endeavours: The tenant was away');
    expect(page.body).toContain('Missed');
    expect(page.body).toContain('A furnished flat nearby (Accepted)');
    expect(page.body).toContain(`Complaint ${reference}`);

    const closed = await step(url, 'close', 'Regs 9, 11, 13', { summary: 'All work done' });
    expect(closed.statusCode).toBe(303);
    page = await olivia.get(url);
    expect(page.body).toContain('Closed');
    // Once closed, only a complaint may still be linked (the machine allows it in every state).
    expect(page.body).not.toContain(`${url}/close`);
    expect(page.body).not.toContain(`${url}/written-summary`);
    expect(page.body).toContain(`${url}/link-complaint`);
    // The complaint shows the closed case beside its own deadlines.
    const onComplaint = await olivia.get(`/web/complaints/${reference}`);
    expect(onComplaint.body).toContain('Significant hazard: Damp and mould');
  });

  it('runs an emergency hazard’s 24-hour clocks and records the home made safe', async () => {
    api.clock.today = '2025-11-03';
    const url = await openCase('EMERGENCY', 'CARBON_MONOXIDE');
    let page = await olivia.get(url);
    // Aware 3 November 10:00 GMT: investigate and make safe by 4 November 10:00 GMT.
    expect(page.body).toContain('4 November 2025 at 10:00am (GMT)');
    expect(page.body).toContain('24 hours left');
    expect(page.body).not.toContain(`${url}/safety-work`);
    const safe = { action: 'Boiler capped; CO alarm fitted' };
    expect((await step(url, 'make-safe', '24 hours', safe)).statusCode).toBe(303);
    page = await olivia.get(url);
    expect(page.body).toContain('Make the home safe');
    expect(page.body).toContain('Met');
  });

  it('fills in the day a back-dated complaint came in and asks for the time', async () => {
    api.clock.today = '2025-11-05';
    await olivia.get('/web/complaints/new');
    const logged = await olivia.post('/web/complaints/new', {
      channel: 'LETTER',
      residentRef: 'R-500',
      propertyRef: 'P-500',
      tenure: 'LCRA',
      description: 'Condensation and mould on every window',
      'effectiveOn-day': '3',
      'effectiveOn-month': '11',
      'effectiveOn-year': '2025',
      backdateReason: 'Letter opened late',
    });
    const reference = String(logged.headers.location).replace(/\?.*$/, '').split('/').pop()!;
    const form = await olivia.get(`/web/hazards/new?complaint=${reference}`);
    expect(form.body).toMatch(/name="at-day" type="text" value="3"/);
    expect(form.body).toMatch(/name="at-hour" type="text" inputmode="numeric">/);
    const complaintId = /name="complaintId" value="([0-9a-f-]+)"/.exec(form.body)![1]!;
    const fields = {
      route: 'COMPLAINT',
      complaintId,
      tenure: 'AFFORDABLE_RENT',
      residentRef: 'R-500',
      propertyRef: 'P-500',
      description: 'Condensation and mould on every window',
      'at-day': '3',
      'at-month': '11',
      'at-year': '2025',
    };
    const noTime = await olivia.post('/web/hazards/new', fields);
    expect(noTime.statusCode).toBe(400);
    expect(noTime.body).toContain('Enter the time on the 24-hour clock');
    const opened = await olivia.post('/web/hazards/new', {
      ...fields,
      'at-hour': '9',
      'at-minute': '15',
      backdateReason: 'Reported in a letter opened late',
    });
    expect(opened.statusCode).toBe(303);
    const page = await olivia.get(String(opened.headers.location));
    expect(page.body).toContain('3 November 2025 at 9:15am, by a complaint');
  });

  it('refuses a form left open while someone else recorded a step, and records a double submit once', async () => {
    api.clock.today = '2025-11-03';
    const url = await openCase('SIGNIFICANT', 'DAMP_AND_MOULD');
    const form = await olivia.get(`${url}/investigation`);
    const formKey = /name="formKey" value="([^"]+)"/.exec(form.body)![1]!;
    const revision = /name="revision" value="(\d+)"/.exec(form.body)![1]!;
    const findings = { formKey, revision, finding: 'NO_HAZARD', reasons: 'Dry walls; no mould' };
    const first = await olivia.post(`${url}/investigation`, findings);
    expect(first.statusCode).toBe(303);
    // The same form again (a double click): the same outcome, nothing recorded twice.
    await olivia.get(`${url}/written-summary`);
    const again = await olivia.post(`${url}/investigation`, findings);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    // A new form for a step the machine no longer allows: refused on the form, not a 500.
    const late = await olivia.post(`${url}/investigation`, {
      ...findings,
      formKey: 'another',
      revision: '',
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('That step is not allowed at this point of the hazard case');
    expect((await olivia.get(`${url}/investigation`)).statusCode).toBe(404);
    // A page opened before that step: its revision is stale.
    const stale = await olivia.post(`${url}/written-summary`, {
      revision,
      method: 'Letter',
      summary: 'No hazard found',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else changed this hazard case');
    const history = await api.request({
      method: 'GET',
      url: `/hazards/${url.split('/').pop()}/history`,
      role: 'auditor',
    });
    const types = history.json().events.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === 'InvestigationConcluded')).toHaveLength(1);
    expect(types).not.toContain('WrittenSummarySent');
  });

  it('keeps hazard pages to their roles: an auditor may read but not act', async () => {
    api.clock.today = '2025-11-03';
    await olivia.get('/web/hazards/new');
    const opened = await olivia.post('/web/hazards/new', {
      route: 'INSPECTION',
      tenure: 'SOCIAL_RENT_SECURE',
      residentRef: 'R-300',
      propertyRef: 'P-300',
      description: 'Mould behind the wardrobe',
    });
    const hazardUrl = String(opened.headers.location).replace(/\?.*$/, '');
    const auditor = new WebSession(api);
    await auditor.signInAs('audrey', 'auditor');
    const page = await auditor.get(hazardUrl);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain(`${hazardUrl}/classify`);
    expect(page.body).not.toContain('href="/web/hazards/new"');
    expect((await auditor.get(`${hazardUrl}/classify`)).statusCode).toBe(403);
    expect((await auditor.get('/web/hazards/new')).statusCode).toBe(403);
    expect((await auditor.get('/web/hazards/not-a-hazard')).statusCode).toBe(404);
    expect(
      (await auditor.get('/web/hazards/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await new WebSession(api).get(hazardUrl)).headers.location).toBe('/');
  });
});
