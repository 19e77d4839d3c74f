import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';
import { UserDirectory } from '@redress/users';

/**
 * A complaint from logging to closure through the workbench's forms, as a browser without
 * JavaScript would post them; the browser suite repeats the journey in Chromium.
 */
// argon2 hashing is deliberately slow, and a busy machine slower still.
jest.setTimeout(60_000);

describe('web journey (forms, no JavaScript)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
  });
  afterAll(() => api.close());

  it('runs a complaint from logging to closure, refusing what the Code forbids', async () => {
    const olivia = new WebSession(api);
    await olivia.signInAs('olivia', 'officer', 'Olivia Officer');
    const manager = new WebSession(api);
    await manager.signInAs('mo', 'manager', 'Mo Manager');
    const sam = new WebSession(api);
    await sam.signInAs('sam', 'officer', 'Sam Second');

    const newForm = await olivia.get('/web/complaints/new');
    // The configured default tenure (LCRA unless REDRESS_DEFAULT_TENURE says otherwise) is chosen.
    expect(newForm.body).toMatch(/name="tenure" type="radio" value="LCRA" checked/);
    expect(newForm.body).toContain('Social rent or affordable rent (low cost rental)');
    const missing = await olivia.post('/web/complaints/new', { residentRef: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Choose how the complaint was made');

    await olivia.get('/web/complaints/new');
    const backdatedWithoutReason = await olivia.post('/web/complaints/new', {
      channel: 'PHONE',
      residentRef: 'R-100',
      description: 'Damp in the bedroom',
      'effectiveOn-day': '15',
      'effectiveOn-month': '4',
      'effectiveOn-year': '2025',
    });
    expect(backdatedWithoutReason.body).toContain(
      'Say why this is being recorded after the date it happened',
    );

    const logged = await olivia.post('/web/complaints/new', {
      channel: 'PHONE',
      residentRef: 'R-100',
      propertyRef: 'P-9',
      tenure: 'LCHO',
      description: 'Damp in the bedroom',
      vulnerable: 'yes',
      reasonableAdjustments: 'Large print letters',
      'effectiveOn-day': '15',
      'effectiveOn-month': '4',
      'effectiveOn-year': '2025',
      backdateReason: 'Phone message picked up late',
    });
    expect(logged.statusCode).toBe(303);
    const url = String(logged.headers.location).replace(/\?.*$/, '');
    expect(url).toMatch(/^\/web\/complaints\/C-2025-\d{6}$/);
    const reference = url.split('/').pop()!;

    let page = await olivia.get(`${url}?done=logged`);
    expect(page.body).toContain(`Its reference is ${reference}`);
    expect(page.body).toContain('Shared ownership (low cost home ownership)');
    expect(page.body).toContain('The resident is vulnerable or at risk');
    expect(page.body).toContain('Large print letters');
    expect(page.body).toContain('Phone message picked up late');
    expect(page.body).toContain('Acknowledge and define the complaint');
    expect(page.body).not.toContain('Record the Stage 1 response');

    await olivia.get(`${url}/acknowledge-stage1`);
    const acked = await olivia.post(`${url}/acknowledge-stage1`, {
      handlerId: 'olivia',
      issues: 'Damp in the bedroom\nRepairs not done',
      outcomesSought: 'Fix the damp',
    });
    expect(acked.statusCode).toBe(303);

    await olivia.get(`${url}/extend`);
    const noDetails = await olivia.post(`${url}/extend`, {
      'newDueOn-day': '9',
      'newDueOn-month': '5',
      'newDueOn-year': '2025',
      reason: 'Waiting for a surveyor',
    });
    expect(noDetails.statusCode).toBe(409);
    expect(noDetails.body).toContain('govuk-error-summary');
    expect(noDetails.body).toContain('provision 6.5');
    const extended = await olivia.post(`${url}/extend`, {
      'newDueOn-day': '9',
      'newDueOn-month': '5',
      'newDueOn-year': '2025',
      reason: 'Waiting for a surveyor',
      ombudsmanDetailsGiven: 'yes',
    });
    expect(extended.statusCode).toBe(303);

    await olivia.get(`${url}/respond-stage1`);
    const responded = await olivia.post(`${url}/respond-stage1`, {
      'decision-0': 'UPHELD',
      'reasons-0': 'The damp was reported twice and not treated',
      'decision-1': 'PARTLY_UPHELD',
      'reasons-1': 'One repair was late',
      remedyType: 'FINANCIAL_REMEDY',
      remedyDescription: 'Compensation for the delay',
      remedyOwner: 'olivia',
      'remedyDueOn-day': '30',
      'remedyDueOn-month': '4',
      'remedyDueOn-year': '2025',
      remedyAmount: '75.00',
      nextStepsGiven: 'yes',
    });
    expect(responded.statusCode).toBe(303);

    const letter = await olivia.get(`${url}/letter/1`);
    expect(letter.statusCode).toBe(200);
    expect(letter.body).toContain('our Stage 1 response');
    expect(letter.body).toContain('The damp was reported twice and not treated');
    expect(letter.body).toContain('£75.00');
    expect(letter.body).toContain('ask us to look at your complaint again at Stage 2');

    await olivia.get(`${url}/request-escalation`);
    expect((await olivia.post(`${url}/request-escalation`, {})).statusCode).toBe(303);

    await manager.get(`${url}/acknowledge-stage2`);
    const conflict = await manager.post(`${url}/acknowledge-stage2`, {
      handlerId: 'olivia',
      issues: 'Damp in the bedroom',
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain(
      'Stage 2 must be handled by someone who did not handle Stage 1',
    );
    expect(conflict.body).toContain('provision 6.13');
    const assigned = await manager.post(`${url}/acknowledge-stage2`, {
      handlerId: 'sam',
      issues: 'Damp in the bedroom',
    });
    expect(assigned.statusCode).toBe(303);

    await sam.get(`${url}/respond-stage2`);
    const final = await sam.post(`${url}/respond-stage2`, {
      'decision-0': 'UPHELD',
      'reasons-0': 'Stage 1 was right',
      noRemedyReason: 'The Stage 1 remedy stands',
      nextStepsGiven: 'yes',
    });
    expect(final.statusCode).toBe(303);
    expect((await sam.get(`${url}/letter/2`)).body).toContain(
      'refer your complaint to the Housing Ombudsman',
    );

    await sam.get(`${url}/close`);
    const noCause = await sam.post(`${url}/close`, {
      outcome: 'UPHELD',
      learning: 'Inspect damp sooner',
    });
    expect(noCause.statusCode).toBe(400);
    expect(noCause.body).toContain('Choose the root cause');
    const form = await sam.get(`${url}/close`);
    const category = /name="category"[\s\S]*?<option value="([A-Z_]+)"/.exec(form.body)![1]!;
    const rootCause = /name="rootCause"[\s\S]*?<option value="([A-Z_]+)"/.exec(form.body)![1]!;
    const closed = await sam.post(`${url}/close`, {
      category,
      rootCause,
      outcome: 'UPHELD',
      learning: 'Inspect damp sooner',
    });
    expect(closed.statusCode).toBe(303);
    page = await sam.get(url);
    expect(page.body).toContain('Closed after final response');
    expect(page.body).toContain(rootCause);

    // Find: by resident through the list query, and by reference straight to the complaint.
    await api.settled();
    const byResident = await sam.get('/web/find?residentRef=R-100');
    expect(byResident.body).toContain(`>${reference}</a>`);
    expect((await sam.get('/web/find?residentRef=R-999')).body).toContain('No complaints match');
    expect((await sam.get(`/web/find?reference=${reference.toLowerCase()}`)).headers.location).toBe(
      `/web/complaints/${reference}`,
    );

    // The API takes the reference wherever it takes an id.
    const viaApi = await api.request({
      method: 'GET',
      url: `/complaints/${reference}`,
      role: 'auditor',
    });
    expect(viaApi.statusCode).toBe(200);
    expect(viaApi.json().residentRef).toBe('R-100');
  });

  it('keeps pages to their roles: an auditor may read but not act', async () => {
    const auditor = new WebSession(api);
    await auditor.signInAs('audrey', 'auditor');
    expect((await auditor.get('/web/complaints/new')).statusCode).toBe(403);
    expect((await auditor.get('/web/team')).statusCode).toBe(403);
    expect((await auditor.get('/web/find')).statusCode).toBe(200);
    const anonymous = new WebSession(api);
    expect((await anonymous.get('/web/find')).headers.location).toBe('/');
  });
});

describe('handlers are people from the directory', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
  });
  afterAll(() => api.close());

  const acknowledge = (id: string, handlerId: string) =>
    api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: { handlerId, definition: { issues: [{ summary: 'Damp' }], outcomesSought: [] } },
    });

  it('takes any handler id while nobody is in the directory, and only directory users after', async () => {
    const log = () =>
      api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: 'R-1', description: 'Damp' },
      });
    const first = (await log()).json();
    expect(first.reference).toMatch(/^C-2025-\d{6}$/);
    expect((await acknowledge(first.id, 'Olivia')).statusCode).toBe(200);

    await api.app.get(UserDirectory).add({ id: 'olivia', name: 'Olivia Officer', role: 'officer' });
    const second = (await log()).json();
    const misspelt = await acknowledge(second.reference, 'Olivia');
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().errors ?? misspelt.json()).toBeDefined();
    expect(misspelt.body).toContain('user directory');
    expect((await acknowledge(second.reference, 'olivia')).statusCode).toBe(200);
  });
});
