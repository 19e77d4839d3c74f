import { startApi, type ApiHarness } from '../support/api-harness';
import { expectProblem } from '../support/http-expectations';

/** Defects found by trying the api as a new user would, each pinned by a test. */
describe('found in use (api)', () => {
  let api: ApiHarness;
  let id: string;
  let refusedId: string;

  const post = (url: string, body: object) =>
    api.request({ method: 'POST', url, role: 'officer', body });
  const logOne = async () =>
    (
      await post('/complaints', {
        channel: 'EMAIL',
        residentRef: 'R-1',
        description: 'Damp in the bedroom',
        tenure: 'LCHO',
      })
    ).json().id as string;
  const throughStage1 = async (complaint: string) => {
    api.clock.today = '2025-04-22';
    await post(`/complaints/${complaint}/acknowledge`, {
      handlerId: 'alice',
      definition: { issues: [{ summary: 'Damp' }], outcomesSought: ['Repair'] },
    });
    api.clock.today = '2025-05-01';
    await post(`/complaints/${complaint}/respond`, {
      decisions: [{ issueId: 'S1-I1', decision: 'NOT_UPHELD', reasons: 'Repaired on time' }],
      nextStepsGiven: true,
    });
  };

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17', env: { REDRESS_DEFAULT_TENURE: 'OTHER' } });
    id = await logOne();
    refusedId = await logOne();
    await throughStage1(id);
    await throughStage1(refusedId);
    api.clock.today = '2025-05-06';
    await post(`/complaints/${refusedId}/request-escalation`, {});
    await post(`/complaints/${refusedId}/refuse-escalation`, {
      reasonCode: 'LEGAL_PROCEEDINGS',
      explanation: 'Before the county court',
      evidence: 'Claim form N1',
      claimFiledAtCourtOn: '2025-01-10',
      ombudsmanRightsGiven: true,
    });
    await api.settled();
  });
  afterAll(() => api.close());

  it('closing without a root cause is ROOT_CAUSE_REQUIRED, as a blank one is (CHC 9.1)', async () => {
    const body = { category: 'PROPERTY_CONDITION', outcome: 'NOT_UPHELD', learning: 'None' };
    expectProblem(await post(`/complaints/${id}/close`, body), 409, 'ROOT_CAUSE_REQUIRED');
    expectProblem(
      await post(`/complaints/${id}/close`, { ...body, rootCause: '   ' }),
      409,
      'ROOT_CAUSE_REQUIRED',
    );
    const { rootCause: _r, ...noCategory } = { ...body, rootCause: 'COMMUNICATION' };
    expectProblem(
      await post(`/complaints/${id}/close`, { ...noCategory, category: undefined }),
      409,
      'CATEGORY_REQUIRED',
    );
  });

  it('unknown list filters are refused, naming the allowed values', async () => {
    const status = await api.request({
      method: 'GET',
      url: '/complaints?status=nonsense',
      role: 'manager',
    });
    expectProblem(status, 400, 'VALIDATION_FAILED');
    expect(status.body).toMatch(/stage1\.awaitingResponse/);
    const category = await api.request({
      method: 'GET',
      url: '/complaints?category=NOPE',
      role: 'manager',
    });
    expectProblem(category, 400, 'VALIDATION_FAILED');
    expect(category.body).toMatch(/PROPERTY_CONDITION/);
    const parent = await api.request({
      method: 'GET',
      url: '/complaints?status=stage1',
      role: 'manager',
    });
    expect(parent.statusCode).toBe(200);
  });

  it('the self-assessment names why an escalation was refused (CHC 6.12), not "undefined"', async () => {
    const reply = await api.request({
      method: 'GET',
      url: '/reports/self-assessment?year=2025/26',
      role: 'manager',
    });
    const row = reply.json().rows.find((r: { provision: string }) => r.provision === '6.12') as {
      shortfalls: { complaintId: string; detail: string }[];
    };
    expect(row.shortfalls).toEqual([
      { complaintId: refusedId, detail: 'escalation refused: legal proceedings' },
    ]);
  });

  it('the OpenAPI document enumerates categories, root causes and outcomes', async () => {
    const doc = (
      await api.request({ method: 'GET', url: '/openapi.json', role: 'officer' })
    ).json();
    const close = doc.components.schemas.CloseComplaintRequest.properties;
    expect(close.category.enum).toContain('PROPERTY_CONDITION');
    expect(close.rootCause.enum).toContain('CONTRACTOR_PERFORMANCE');
    expect(close.outcome.enum).toEqual(['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD']);
  });

  it('a complaint logged without a tenure takes REDRESS_DEFAULT_TENURE', async () => {
    const reply = await post('/complaints', {
      channel: 'PHONE',
      residentRef: 'R-2',
      description: 'Noise from the flat above',
    });
    const created = reply.json().id as string;
    const events = await api.request({
      method: 'GET',
      url: `/complaints/${created}/events`,
      role: 'auditor',
    });
    expect(JSON.stringify(events.json())).toMatch(/"tenure":"OTHER"/);
  });
});
