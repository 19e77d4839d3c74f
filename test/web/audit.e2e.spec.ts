import { ACCESS_LOG_PREFIX } from '@redress/audit';
import { ReferenceIndex } from '../../apps/api/src/complaints/reference/reference-index.service';
import { StoreVerificationService } from '../../apps/api/src/seals/shared/store-verification.service';
import { startApi, type ApiHarness } from '../support/api-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';
import { recordAuditedHazard } from '../support/audited-hazard';
import { WebSession } from '../support/web-session';

// argon2 hashing at sign-in is deliberately slow, and a busy machine slower still.
jest.setTimeout(120_000);

/** The text of a page, tags removed and spaces squeezed, for asserting what a reader sees. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The HTML between an element's id and the next column, for "which view says what". */
const column = (html: string, id: string) =>
  html.slice(html.indexOf(`id="${id}"`)).split('govuk-grid-column-one-half')[0]!;

/**
 * The auditors' pages through Fastify's inject, as a browser without JavaScript posts them:
 * a complaint whose Stage 2 response was back-dated (sent 12 June 2025, entered 18 June) and a
 * damp and mould hazard case whose investigation was back-dated (12 March 2026, entered 18 March).
 */
describe('the auditors’ pages (forms, no JavaScript)', () => {
  let api: ApiHarness;
  let complaintId: string;
  let reference: string;
  let hazardId: string;
  let auditor: WebSession;

  beforeAll(async () => {
    api = await startApi({ today: '2025-10-02' });
    ({ id: complaintId } = await recordAuditedComplaint(api.store));
    reference = await api.app
      .get(ReferenceIndex)
      .allocate(complaintId, '2025', { id: 'officer-1', role: 'officer' });
    ({ id: hazardId } = await recordAuditedHazard(api.store));
    auditor = new WebSession(api);
    await auditor.signInAs('ada', 'auditor', 'Ada Auditor');
  });
  afterAll(() => api.close());

  it('offers Audit in the navigation and finds a complaint by its reference or a hazard case by its id', async () => {
    const start = await auditor.get('/web/audit');
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('href="/web/audit"');
    expect(start.body).toContain('Check every record and the seals');
    const byReference = await auditor.get(`/web/audit?record=${reference.toLowerCase()}`);
    expect(byReference.statusCode).toBe(303);
    expect(byReference.headers.location).toBe(`/web/audit/complaints/${reference}`);
    const byId = await auditor.get(`/web/audit?record=${hazardId}`);
    expect(byId.headers.location).toBe(`/web/audit/hazards/${hazardId}`);
    const unknown = await auditor.get('/web/audit?record=C-2025-999999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('govuk-error-summary');
    expect(unknown.body).toContain('No complaint has that reference');
    const empty = await auditor.get('/web/audit?record=');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter a complaint reference or a complaint or hazard case id');
  });

  it('links a complaint’s workbench page to its audit record', async () => {
    const page = await auditor.get(`/web/complaints/${reference}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/web/audit/complaints/${reference}"`);
  });

  it('shows the history as a timeline with the back-dated entry marked as a finding', async () => {
    for (const address of [reference, complaintId]) {
      const page = await auditor.get(`/web/audit/complaints/${address}`);
      expect(page.statusCode).toBe(200);
      const text = textOf(page.body);
      expect(text).toContain(`Complaint ${reference}`);
      expect(text).toContain('10 events, oldest first. The record’s chain is unbroken');
      expect(text).toContain('Finding: 1 back-dated entry');
      expect(text).toMatch(/Back-dated entered 6 days after it took effect/);
      expect(text).toContain(
        'Why it was back-dated: Final response letter posted 12 June; entered late after leave',
      );
      expect(text).toContain('12 June 2025');
      expect(text).toContain('18 June 2025 at 11:00am');
    }
  });

  it('shows the complaint as of 17 June 2025: the Stage 2 response missed as recorded and met in business time', async () => {
    const page = await auditor.get(
      `/web/audit/complaints/${reference}/as-of?asOf-day=17&asOf-month=6&asOf-year=2025`,
    );
    expect(page.statusCode).toBe(200);
    const recorded = textOf(column(page.body, 'recorded-view'));
    const effective = textOf(column(page.body, 'effective-view'));
    expect(recorded).toContain('What we knew then');
    expect(recorded).toMatch(
      /Stage 2 final response .*?16 June 2025 Missed The other view differs/,
    );
    expect(effective).toMatch(/Stage 2 final response .*?16 June 2025 Met The other view differs/);
    for (const view of [recorded, effective]) expect(view).toContain('Back-dated');
    expect(recorded).toContain('Not in this view');
    expect(effective).toContain('Included in this view');
    expect(textOf(page.body)).toContain('The two views differ because of 1 back-dated entry');
  });

  it('takes a time as well as a date, in England’s time', async () => {
    // The back-dated response was entered at 11:00 on 18 June (10:00 UTC): at 10:30 it was not in.
    const before = await auditor.get(
      `/web/audit/complaints/${reference}/as-of?asOf-day=18&asOf-month=6&asOf-year=2025&asOf-time=10:30`,
    );
    expect(textOf(column(before.body, 'recorded-view'))).toContain('Not in this view');
    const after = await auditor.get(
      `/web/audit/complaints/${reference}/as-of?asOf-day=18&asOf-month=6&asOf-year=2025&asOf-time=11:30`,
    );
    expect(textOf(after.body)).toContain('The two views agree');
  });

  it.each([
    ['asOf-day=31&asOf-month=2&asOf-year=2025', 'Enter a real date, for example 17 6 2025'],
    ['asOf-day=1&asOf-month=1&asOf-year=1999', 'Enter a date between 2000 and 2099'],
    ['asOf-day=x&asOf-month=&asOf-year=', 'Enter a real date, for example 17 6 2025'],
    [
      'asOf-day=17&asOf-month=6&asOf-year=2025&asOf-time=25:00',
      'Enter a time on the 24-hour clock, for example 14:30',
    ],
  ])('a bad moment (%s) shows an error summary, not a 500', async (query, message) => {
    const page = await auditor.get(`/web/audit/complaints/${reference}/as-of?${query}`);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('govuk-error-summary');
    expect(page.body).toContain(message);
    expect(page.body).toContain('<title>Error: ');
  });

  it('shows what changed between two moments', async () => {
    const page = await auditor.get(
      `/web/audit/complaints/${reference}/diff?from-day=17&from-month=6&from-year=2025&to-day=19&to-month=6&to-year=2025&view=recorded`,
    );
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('From the end of 17 June 2025 to the end of 19 June 2025');
    expect(text).toMatch(/Added #6 .*Back-dated/);
    expect(text).toMatch(/Stage 2 final response missed, due 16 June 2025 met, due 16 June 2025/);
    const half = await auditor.get(
      `/web/audit/complaints/${reference}/diff?from-day=17&from-month=6&from-year=2025`,
    );
    expect(half.statusCode).toBe(400);
    expect(half.body).toContain('Enter the second moment');
  });

  it('verifies one complaint’s chain and says so in plain words, against the seal once there is one', async () => {
    let page = await auditor.get(`/web/audit/complaints/${reference}/verify`);
    expect(textOf(page.body)).toContain('The chain is unbroken: 10 events, each as it was written');
    const sealed = await api.request({ method: 'POST', url: '/audit/seals', role: 'admin' });
    expect(sealed.statusCode).toBe(201);
    page = await auditor.get(`/web/audit/complaints/${reference}/verify`);
    expect(textOf(page.body)).toMatch(
      /The chain is unbroken: 10 events match the seal signed on 2 October 2025 at 11:00am/,
    );
  });

  it('checks the whole store as a job started by a post, with the verdict in plain words', async () => {
    // Sealed here too, so the test stands alone (a second seal follows on from the first).
    expect(
      (await api.request({ method: 'POST', url: '/audit/seals', role: 'admin' })).statusCode,
    ).toBe(201);
    const before = await auditor.get('/web/audit/verify');
    expect(before.statusCode).toBe(200);
    const forged = await auditor.post('/web/audit/verify', { _csrf: 'not-the-token' });
    expect(forged.statusCode).toBe(403);
    await auditor.get('/web/audit/verify');
    const started = await auditor.post('/web/audit/verify', {});
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe('/web/audit/verify');
    await api.app.get(StoreVerificationService).settled();
    const done = textOf((await auditor.get('/web/audit/verify')).body);
    expect(done).toMatch(
      /The chain is unbroken: \d+ events in 1 complaint and 1 hazard case \(and \d+ other streams\) match the seal signed on 2 October 2025 at 11:00am/,
    );
    expect(done).toContain('Yes');
    // The API reads the same job.
    const job = await api.request({
      method: 'GET',
      url: '/audit/store-verification',
      role: 'auditor',
    });
    expect(job.json()).toMatchObject({
      status: 'done',
      percent: 100,
      result: { intact: true, complaints: 1, hazardCases: 1 },
    });
  });

  it('exports CSV from the complaint’s page and logs it exactly as the api’s export does', async () => {
    const page = await auditor.get(`/web/audit/complaints/${reference}`);
    expect(page.body).toContain(`action="/web/audit/complaints/${reference}/export"`);
    const csv = await auditor.post(`/web/audit/complaints/${reference}/export`, { format: 'csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="complaint-${reference}.csv"`,
    );
    expect(csv.body).toContain('Final response letter posted 12 June');
    const viaApi = await api.request({
      method: 'GET',
      url: `/complaints/${complaintId}/export?format=csv`,
      role: 'auditor',
      sub: 'api-auditor',
    });
    expect(viaApi.statusCode).toBe(200);

    const log = (await api.store.readAll({ maxCount: 10_000 })).filter((e) =>
      e.stream.startsWith(ACCESS_LOG_PREFIX),
    );
    const [web, http] = log.slice(-2);
    expect(web!.type).toBe('ComplaintRecordExported');
    expect(http!.type).toBe('ComplaintRecordExported');
    expect(Object.keys(web!.data as object).sort()).toEqual(
      Object.keys(http!.data as object).sort(),
    );
    expect(web!.data).toMatchObject({ complaintId, format: 'csv', intact: true });
    expect((web!.metadata as { actor: unknown }).actor).toEqual({ id: 'ada', role: 'auditor' });
    expect((web!.data as { headHash: string }).headHash).toBe(
      (http!.data as { headHash: string }).headHash,
    );
    const bad = await auditor.post(`/web/audit/complaints/${reference}/export`, { format: 'pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose an export as CSV, JSON or HTML');
  });

  it('gives a hazard case the same history, as-of and export: the Ombudsman’s evidence pack', async () => {
    const history = textOf((await auditor.get(`/web/audit/hazards/${hazardId}`)).body);
    expect(history).toContain(`Hazard case ${hazardId}`);
    expect(history).toContain('Finding: 1 back-dated entry');
    expect(history).toContain(
      "Why it was back-dated: Surveyor's report received on paper; entered after the visit",
    );
    expect(history).toContain('as the evidence pack for Awaab’s Law');
    const asOf = await auditor.get(
      `/web/audit/hazards/${hazardId}/as-of?asOf-day=17&asOf-month=3&asOf-year=2026`,
    );
    expect(textOf(column(asOf.body, 'recorded-view'))).toMatch(/Investigation .*? Missed/);
    expect(textOf(column(asOf.body, 'effective-view'))).toMatch(/Investigation .*? Met/);
    const diff = await auditor.get(
      `/web/audit/hazards/${hazardId}/diff?from-day=17&from-month=3&from-year=2026&to-day=18&to-month=3&to-year=2026&view=recorded`,
    );
    expect(textOf(diff.body)).toMatch(/Investigation missed, due .* met, due/);
    const verify = await auditor.get(`/web/audit/hazards/${hazardId}/verify`);
    expect(textOf(verify.body)).toContain('The chain is unbroken: 5 events');
    // The API walks the same chain for the same roles.
    const viaApi = await api.request({
      method: 'GET',
      url: `/hazards/${hazardId}/verify`,
      role: 'auditor',
    });
    expect(viaApi.json()).toMatchObject({ hazardId, intact: true, events: 5 });
    const pack = await auditor.post(`/web/audit/hazards/${hazardId}/export`, { format: 'json' });
    expect(pack.statusCode).toBe(200);
    expect(JSON.parse(pack.body)).toMatchObject({ hazardId, verification: { intact: true } });
    const [entry] = await api.store.readAll({ direction: 'backwards', maxCount: 1 });
    expect(entry).toMatchObject({
      type: 'HazardRecordExported',
      data: { hazardId, format: 'json' },
    });
  });

  it('refuses the whole-store check to an officer, as the api does, and lets them read a record as the api does', async () => {
    const officer = new WebSession(api);
    await officer.signInAs('olivia', 'officer', 'Olivia Officer');
    const page = await officer.get('/web/audit/verify');
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('You cannot do this');
    const api403 = await api.request({
      method: 'POST',
      url: '/audit/store-verification',
      role: 'officer',
    });
    expect(api403.statusCode).toBe(403);
    expect((await officer.get(`/web/audit/complaints/${reference}`)).statusCode).toBe(200);
    const history = await api.request({
      method: 'GET',
      url: `/complaints/${complaintId}/history`,
      role: 'officer',
    });
    expect(history.statusCode).toBe(200);
    expect((await officer.get('/web/audit')).body).not.toContain(
      'Check every record and the seals',
    );
  });

  it('answers an unknown or malformed record with “page not found”, and a stranger with sign-in', async () => {
    for (const url of [
      '/web/audit/complaints/C-2025-999999',
      '/web/audit/complaints/not-an-id',
      '/web/audit/hazards/00000000-0000-4000-8000-000000000000',
      `/web/audit/hazards/${complaintId}`,
    ]) {
      const page = await auditor.get(url);
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain('Page not found');
    }
    const stranger = new WebSession(api);
    const page = await stranger.get(`/web/audit/complaints/${reference}`);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/');
  });
});
