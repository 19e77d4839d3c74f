import { ACCESS_LOG_PREFIX } from '@redress/audit';
import { MemoryEventStore, verifyStream } from '@redress/event-store';
import { startApi, type ApiHarness } from '../support/api-harness';
import { recordAuditedComplaint } from '../support/audited-complaint';
import { expectProblem } from '../support/http-expectations';

const UNKNOWN_ID = '3f0c6f5e-9a51-4c1e-8d0b-6f3b8f1d2a77';

describe('the auditor endpoints', () => {
  let api: ApiHarness;
  let store: MemoryEventStore;
  let id: string;
  const get = (url: string) => api.request({ method: 'GET', url, role: 'auditor', sub: 'ada' });
  const accessLog = () => store.readAll({ filter: { streamNamePrefixes: [ACCESS_LOG_PREFIX] } });

  beforeAll(async () => {
    store = new MemoryEventStore();
    ({ id } = await recordAuditedComplaint(store));
    api = await startApi({ store, today: '2025-10-02' });
  });
  afterAll(() => api.close());

  it('GET /complaints/{id}/history lists every event with both dates, actor, reasons and plain words', async () => {
    const reply = await get(`/complaints/${id}/history`);
    expect(reply.statusCode).toBe(200);
    const { events } = reply.json();
    expect(events).toHaveLength(10);
    expect(events[6]).toMatchObject({
      type: 'Stage2FinalResponseIssued',
      recordedAt: '2025-06-18T10:00:00.000Z',
      effectiveOn: '2025-06-12',
      actor: 'bob',
      role: 'officer',
      backdated: true,
      summary: expect.stringContaining('Stage 2 final response issued by bob'),
    });
  });

  it('GET /complaints/{id}?asOf=&view= replays the recorded or the effective view', async () => {
    const recorded = await get(`/complaints/${id}?asOf=2025-06-17&view=recorded`);
    const effective = await get(`/complaints/${id}?asOf=2025-06-17&view=effective`);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.headers.etag).toBe('"5"');
    expect(recorded.json()).toMatchObject({ revision: 5, status: 'stage2.awaitingResponse' });
    expect(effective.json()).toMatchObject({
      revision: 6,
      status: 'stage2.responded',
      audit: { view: 'effective', findings: [{ revision: 6, inThisView: true }] },
    });
    const stage2 = (body: { deadlines: { kind: string; status: string }[] }) =>
      body.deadlines.find((d) => d.kind === 'STAGE2_RESPONSE')?.status;
    expect([stage2(recorded.json()), stage2(effective.json())]).toEqual(['missed', 'met']);
    const instant = await get(`/complaints/${id}?asOf=2025-06-18T09:59:00Z&view=recorded`);
    expect(instant.json().revision).toBe(5);
  });

  it('answers 404 for a moment before the complaint was known, and 400 for bad views or dates', async () => {
    expectProblem(
      await get(`/complaints/${id}?asOf=2025-04-16&view=recorded`),
      404,
      'COMPLAINT_NOT_FOUND',
    );
    expectProblem(
      await get(`/complaints/${id}?asOf=2025-02-30&view=recorded`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await get(`/complaints/${id}?asOf=2025-06-17&view=sideways`),
      400,
      'VALIDATION_FAILED',
    );
    // Without a view, asOf stays a date, as officers have always used it.
    expectProblem(
      await get(`/complaints/${id}?asOf=2025-06-17T10:00:00Z`),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('GET /audit/verify?complaint= reports an intact chain and its head hash', async () => {
    const reply = await get(`/audit/verify?complaint=${id}`);
    const head = verifyStream(await store.readStream(`complaint-${id}`));
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toEqual({
      complaintId: id,
      intact: true,
      events: 10,
      headHash: head.ok ? head.headHash : 'not intact',
    });
    expectProblem(await get(`/audit/verify?complaint=${UNKNOWN_ID}`), 404, 'COMPLAINT_NOT_FOUND');
    expectProblem(await get('/audit/verify'), 400, 'VALIDATION_FAILED');
  });

  it('each export writes exactly one access-log entry: who exported which complaint, when', async () => {
    const before = (await accessLog()).length;
    const reply = await get(`/complaints/${id}/export?format=json`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(reply.json()).toMatchObject({ complaintId: id, verification: { intact: true } });

    const log = await accessLog();
    expect(log).toHaveLength(before + 1);
    const entry = log.at(-1)!;
    expect(entry.stream).toBe('audit-access-2025-10');
    expect(entry.type).toBe('ComplaintRecordExported');
    expect(entry.data).toMatchObject({
      complaintId: id,
      at: '2025-10-02T10:00:00.000Z',
      format: 'json',
    });
    expect(entry.metadata).toMatchObject({ actor: { id: 'ada', role: 'auditor' } });
    expect(entry.stream.startsWith('complaint-')).toBe(false);
    expect(verifyStream(await store.readStream(entry.stream)).ok).toBe(true);
  });

  it('exports CSV and printable HTML with the verification on them, each logged once', async () => {
    const before = (await accessLog()).length;
    const csv = await get(`/complaints/${id}/export?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('verification,,intact,true');
    const html = await get(`/complaints/${id}/export?format=html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Hash chain verified: 10 events, unaltered.');
    expect((await accessLog()).length).toBe(before + 2);
    expect(verifyStream(await store.readStream('audit-access-2025-10')).ok).toBe(true);
  });

  it('writes nothing for a refused export', async () => {
    const before = (await accessLog()).length;
    expectProblem(await get(`/complaints/${id}/export?format=pdf`), 400, 'VALIDATION_FAILED');
    expectProblem(await get(`/complaints/${UNKNOWN_ID}/export`), 404, 'COMPLAINT_NOT_FOUND');
    expect((await accessLog()).length).toBe(before);
  });

  it('refuses auditors every command endpoint with 403, and changes nothing', async () => {
    const document = (await api.request({ method: 'GET', url: '/openapi.json' })).json();
    const commands = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'post' in methods)
      // Starting a check of the whole store is audit work that writes nothing: auditors may.
      .filter(([path]) => path !== '/audit/store-verification')
      .map(([path]) => path.replace('{id}', id));
    const length = (await store.readStream(`complaint-${id}`)).length;
    expect(commands.length).toBeGreaterThanOrEqual(20);
    for (const url of commands) {
      const reply = await api.request({ method: 'POST', url, role: 'auditor', body: {} });
      expectProblem(reply, 403, 'FORBIDDEN');
    }
    expect((await store.readStream(`complaint-${id}`)).length).toBe(length);
  });
});
