import { MemoryEventStore } from '@redress/event-store';
import { startApi, type ApiHarness } from '../support/api-harness';
import { recordAuditedHazard } from '../support/audited-hazard';
import { expectProblem } from '../support/http-expectations';

const investigation = (body: { clocks: { step: string; status: string }[] }) =>
  body.clocks.find((c) => c.step === 'INVESTIGATION')?.status;

/**
 * The auditors' views of a hazard case over HTTP (SI 2025/1042): the investigation concluded on
 * Thursday 12 March 2026 at 15:00, within reg. 6's 10 working days, but was only entered on
 * Wednesday 18 March. On the 17th the record showed it overdue; in business time it was met.
 */
describe('GET /hazards/{id}?view=recorded|effective&asOf=', () => {
  let api: ApiHarness;
  let id: string;
  const get = (url: string) => api.request({ method: 'GET', url, role: 'auditor', sub: 'ada' });

  beforeAll(async () => {
    const store = new MemoryEventStore();
    ({ id } = await recordAuditedHazard(store));
    api = await startApi({ store, today: '2026-04-01' });
  });
  afterAll(() => api.close());

  it('replays only what was recorded by the moment, or what had happened by it', async () => {
    const recorded = await get(`/hazards/${id}?asOf=2026-03-17&view=recorded`);
    const effective = await get(`/hazards/${id}?asOf=2026-03-17&view=effective`);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.headers.etag).toBe('"2"');
    expect(recorded.json().revision).toBe(2);
    expect(recorded.json()).not.toHaveProperty('investigation');
    expect(effective.headers.etag).toBe('"3"');
    expect(effective.json()).toMatchObject({
      revision: 3,
      investigation: { at: '2026-03-12T15:00:00.000Z' },
    });
    expect([investigation(recorded.json()), investigation(effective.json())]).toEqual([
      'missed',
      'met',
    ]);
  });

  it('marks the back-dated entry as a finding, saying whether the view holds it', async () => {
    const finding = {
      revision: 3,
      type: 'InvestigationConcluded',
      effectiveOn: '2026-03-12T15:00:00.000Z',
      recordedAt: '2026-03-18T10:00:00.000Z',
      backdateReason: "Surveyor's report received on paper; entered after the visit",
      actor: 'olivia (officer)',
    };
    const recorded = (await get(`/hazards/${id}?asOf=2026-03-17&view=recorded`)).json();
    expect(recorded.audit).toMatchObject({
      view: 'recorded',
      asOf: { text: '2026-03-17', date: '2026-03-17' },
      findings: [{ ...finding, inThisView: false }],
    });
    const effective = (await get(`/hazards/${id}?asOf=2026-03-17&view=effective`)).json();
    expect(effective.audit.findings).toMatchObject([{ ...finding, inThisView: true }]);
    // Once it was entered, the views agree again: nothing to find.
    const later = (await get(`/hazards/${id}?asOf=2026-03-18T10:30:00Z&view=recorded`)).json();
    expect(later).toMatchObject({ revision: 3, audit: { findings: [] } });
  });

  it('counts a step from the instant it happened, not only its day', async () => {
    const noon = (await get(`/hazards/${id}?asOf=2026-03-12T12:00:00Z&view=effective`)).json();
    const evening = (await get(`/hazards/${id}?asOf=2026-03-12T16:00:00Z&view=effective`)).json();
    expect([noon.revision, evening.revision]).toEqual([2, 3]);
  });

  it('without a view folds every event and judges the clocks at asOf, as before', async () => {
    const reply = (await get(`/hazards/${id}?asOf=2026-03-17`)).json();
    expect(reply.revision).toBe(4);
    expect(reply.audit).toBeUndefined();
    expect(investigation(reply)).toBe('met');
  });

  it('answers 404 before the landlord was aware, and 400 for a bad view or moment', async () => {
    expectProblem(
      await get(`/hazards/${id}?asOf=2026-03-02T09:59:00Z&view=effective`),
      404,
      'HAZARD_NOT_FOUND',
    );
    expectProblem(
      await get(`/hazards/${id}?asOf=2026-03-17&view=sideways`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await get(`/hazards/${id}?asOf=2026-02-30&view=recorded`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await get(`/hazards/${id}?asOf=2026-03-17T10:00:00&view=recorded`),
      400,
      'VALIDATION_FAILED',
    );
  });
});
