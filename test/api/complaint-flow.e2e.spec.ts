import { startApi, type ApiHarness } from '../support/api-harness';

describe('officers drive a complaint over HTTP', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ today: '2025-04-17' })));
  afterAll(() => api.close());

  it('logs, acknowledges and reads a complaint with its deadlines', async () => {
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: {
        channel: 'EMAIL',
        residentRef: 'R-1',
        propertyRef: 'P-1',
        description: 'Damp in the bedroom',
      },
    });
    expect(logged.statusCode).toBe(201);
    const { id, revision } = logged.json();
    expect(revision).toBe(0);
    expect(logged.headers.etag).toBe('"0"');
    api.clock.today = '2025-04-22';
    const ack = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'alice',
        definition: { issues: [{ summary: 'Damp not treated' }], outcomesSought: ['Repair'] },
      },
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toEqual({ id, revision: 1 });
    const view = await api.request({
      method: 'GET',
      url: `/complaints/${id}?asOf=2025-04-22`,
      role: 'auditor',
    });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      id,
      revision: 1,
      status: 'stage1.awaitingResponse',
      handlers: { stage1: 'alice' },
      deadlines: [
        { kind: 'STAGE1_ACKNOWLEDGEMENT', dueOn: '2025-04-28', status: 'met' },
        {
          kind: 'STAGE1_RESPONSE',
          dueOn: '2025-05-07',
          status: 'pending',
          workingDaysRemaining: 10,
        },
      ],
    });
    const events = await api.request({
      method: 'GET',
      url: `/complaints/${id}/events`,
      role: 'governance',
    });
    expect(events.json().map((e: { type: string }) => e.type)).toEqual([
      'ComplaintReceived',
      'Stage1Acknowledged',
    ]);
    expect(events.json()[1].metadata).toMatchObject({
      actor: { id: 'officer-1', role: 'officer' },
      effectiveOn: '2025-04-22',
    });
  });

  it('answers a rule refusal with problem details and writes nothing', async () => {
    const logged = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'PHONE', residentRef: 'R-2', description: 'Noise' },
    });
    const { id } = logged.json();
    const bad = await api.request({
      method: 'POST',
      url: `/complaints/${id}/acknowledge`,
      role: 'officer',
      body: {
        handlerId: 'alice',
        definition: { issues: [{ summary: 'x' }], outcomesSought: [] },
        effectiveOn: '2025-01-01',
      },
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ status: 409, code: 'DATE_BEFORE_PREVIOUS_STEP' });
    expect(await api.store.readStream(`complaint-${id}`)).toHaveLength(1);
  });
});
