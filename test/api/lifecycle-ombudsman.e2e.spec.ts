import type { Role } from '@redress/users';
import { startApi, type ApiHarness, type InjectedResponse as Reply } from '../support/api-harness';
import { deadline, expectProblem, expectRevision } from '../support/http-expectations';

/**
 * After the final response the resident may go to the Housing Ombudsman. Its determination,
 * orders and the landlord's compliance are recorded over HTTP on the same complaint stream.
 */

const UNKNOWN_ID = '9b2d7c41-5e8a-4f63-a1c2-0d4e6f8a9b10';
const DEFINITION = {
  issues: [{ summary: 'Damp and mould in the back bedroom not treated' }],
  outcomesSought: ['Treat the mould'],
};
const response = (issueId: string) => ({
  decisions: [{ issueId, decision: 'NOT_UPHELD', reasons: 'The mould was treated on 2 April.' }],
  nextStepsGiven: true,
});

function client(api: ApiHarness) {
  return {
    log: async (): Promise<string> => {
      const logged = await api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'PHONE', residentRef: 'R-2210', description: 'Mould in the bedroom' },
      });
      expect(logged.statusCode).toBe(201);
      return logged.json().id as string;
    },
    post: (
      id: string,
      path: string,
      body: unknown,
      options: { sub?: string; role?: Role; headers?: Record<string, string> } = {},
    ) =>
      api.request({
        method: 'POST',
        url: `/complaints/${id}/${path}`,
        role: options.role ?? 'officer',
        sub: options.sub ?? 'officer-1',
        headers: options.headers,
        body,
      }),
    view: async (id: string) => {
      const got = await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'auditor' });
      expect(got.statusCode).toBe(200);
      return got;
    },
    length: async (id: string) => (await api.store.readStream(`complaint-${id}`)).length,
  };
}

function fields(reply: Reply): string[] {
  return reply.json().errors.map((e: { field: string }) => e.field);
}

describe('a complaint taken to the Housing Ombudsman over HTTP', () => {
  let api: ApiHarness;
  let http: ReturnType<typeof client>;
  let id: string;

  /** Both stages, on 2025 working days, ending with the landlord's closure on 16 June. */
  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    http = client(api);
    id = await http.log();
    const steps: [string, string, unknown, string?][] = [
      ['2025-04-24', 'acknowledge', { handlerId: 'alice', definition: DEFINITION }],
      ['2025-05-08', 'respond', response('S1-I1'), 'alice'],
      ['2025-05-15', 'request-escalation', {}],
      ['2025-05-21', 'acknowledge-stage2', { handlerId: 'bob', definition: DEFINITION }],
      ['2025-06-13', 'final-response', response('S2-I1'), 'bob'],
      [
        '2025-06-16',
        'close',
        {
          category: 'PROPERTY_CONDITION',
          rootCause: 'NO_FAULT_FOUND',
          outcome: 'NOT_UPHELD',
          learning: 'NONE_IDENTIFIED',
        },
      ],
    ];
    for (const [i, [today, path, body, sub]] of steps.entries()) {
      api.clock.today = today;
      expectRevision(await http.post(id, path, body, { sub }), id, i + 1);
    }
  });
  afterAll(() => api.close());

  async function refused(reply: Promise<Reply>, status: number, code: string): Promise<Reply> {
    const before = await http.length(id);
    const answer = await reply;
    expectProblem(answer, status, code);
    expect(await http.length(id)).toBe(before);
    return answer;
  }

  it('refuses a determination before any referral', async () => {
    const view = (await http.view(id)).json();
    expect(view.status).toBe('closed.afterFinalResponse');
    await refused(
      http.post(id, 'ombudsman-determination', {
        findings: [{ issue: 'Damp', finding: 'MALADMINISTRATION' }],
      }),
      409,
      'ILLEGAL_TRANSITION',
    );
  });

  it('records the referral on 14 July, once', async () => {
    api.clock.today = '2025-07-14';
    expectRevision(
      await http.post(id, 'ombudsman-referral', { ombudsmanReference: '202512345' }),
      id,
      7,
    );
    const view = (await http.view(id)).json();
    expect(view).toMatchObject({
      status: 'ombudsman.referred',
      ombudsman: { referredOn: '2025-07-14', ombudsmanReference: '202512345' },
    });
    await refused(http.post(id, 'ombudsman-referral', {}), 409, 'ILLEGAL_TRANSITION');
  });

  it('refuses an order before the determination', async () => {
    await refused(
      http.post(id, 'ombudsman-order', {
        orderType: 'APOLOGY',
        description: 'Apologise',
        dueOn: '2025-08-11',
      }),
      409,
      'ILLEGAL_TRANSITION',
    );
  });

  const findings = [
    { issue: 'Response to reports of damp and mould', finding: 'SEVERE_MALADMINISTRATION' },
    { issue: 'Complaint handling', finding: 'SERVICE_FAILURE' },
  ];

  it('refuses a determination without one finding per issue (HOS guidance on outcomes)', async () => {
    api.clock.today = '2025-11-03';
    await refused(
      http.post(id, 'ombudsman-determination', {
        findings: [...findings, { issue: 'complaint handling', finding: 'MALADMINISTRATION' }],
      }),
      409,
      'FINDINGS_REQUIRED',
    );
    const empty = await refused(
      http.post(id, 'ombudsman-determination', { findings: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fields(empty)).toEqual(['findings']);
    const unknown = await refused(
      http.post(id, 'ombudsman-determination', {
        findings: [{ issue: 'Damp', finding: 'GUILTY' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fields(unknown)).toEqual(['findings.0.finding']);
  });

  it('records the determination on 3 November, upheld with severe maladministration', async () => {
    expectRevision(
      await http.post(id, 'ombudsman-determination', {
        ombudsmanReference: '202512345',
        findings,
      }),
      id,
      8,
    );
    expect((await http.view(id)).json()).toMatchObject({
      status: 'ombudsman.determined',
      ombudsman: { determinedOn: '2025-11-03', rollup: 'UPHELD', severeMaladministration: true },
    });
  });

  const compensation = {
    orderType: 'COMPENSATION',
    description: '£500 for distress and inconvenience, £500 for the complaint handling failures',
    dueOn: '2025-12-08',
  };

  it('refuses a compensation order without a whole, positive amount in pence', async () => {
    api.clock.today = '2025-11-10';
    await refused(http.post(id, 'ombudsman-order', compensation), 409, 'ORDER_AMOUNT_REQUIRED');
    for (const amountPence of [0, 12.5, 100_000_001]) {
      const bad = await refused(
        http.post(id, 'ombudsman-order', { ...compensation, amountPence }),
        400,
        'VALIDATION_FAILED',
      );
      expect(fields(bad)).toEqual(['amountPence']);
    }
  });

  it('records two orders on 10 November, each with its own due date (CHC 9.7)', async () => {
    expectRevision(
      await http.post(id, 'ombudsman-order', { ...compensation, amountPence: 100000 }),
      id,
      9,
    );
    expectRevision(
      await http.post(id, 'ombudsman-order', {
        orderType: 'APOLOGY',
        description: 'Written apology from the Director of Housing',
        dueOn: '2025-11-24',
      }),
      id,
      10,
    );
    const view = (await http.view(id)).json();
    expect(view.status).toBe('ombudsman.ordersOpen');
    expect(view.ombudsman.orders).toEqual([
      expect.objectContaining({
        orderId: 'O1',
        amountPence: 100000,
        fromSevereMaladministration: true,
      }),
      expect.objectContaining({ orderId: 'O2', orderType: 'APOLOGY' }),
    ]);
    expect(deadline(view, 'OMBUDSMAN_ORDER', 'O1')).toMatchObject({
      dueOn: '2025-12-08',
      status: 'pending',
    });
    expect(deadline(view, 'OMBUDSMAN_ORDER', 'O2')).toMatchObject({ dueOn: '2025-11-24' });
  });

  it('refuses compliance with an unknown order, or without evidence', async () => {
    api.clock.today = '2025-11-20';
    await refused(
      http.post(id, 'order-complied', { orderId: 'O9', evidence: 'Letter' }),
      409,
      'UNKNOWN_ORDER',
    );
    const noEvidence = await refused(
      http.post(id, 'order-complied', { orderId: 'O2' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fields(noEvidence)).toEqual(['evidence']);
  });

  it('records the apology on 20 November; the compensation order stays open', async () => {
    expectRevision(
      await http.post(id, 'order-complied', {
        orderId: 'O2',
        evidence: 'Apology letter of 20 November, copy sent to the Ombudsman',
      }),
      id,
      11,
    );
    const view = (await http.view(id)).json();
    expect(view.status).toBe('ombudsman.ordersOpen');
    expect(deadline(view, 'OMBUDSMAN_ORDER', 'O2')).toMatchObject({ status: 'met' });
    await refused(
      http.post(id, 'order-complied', { orderId: 'O2', evidence: 'Again' }),
      409,
      'ORDER_ALREADY_COMPLIED',
    );
  });

  it('records the payment on 5 December against the ETag read, refusing a stale one', async () => {
    api.clock.today = '2025-12-05';
    const payment = { orderId: 'O1', evidence: 'BACS payment of £1,000 on 5 December' };
    await refused(
      http.post(id, 'order-complied', payment, { headers: { 'if-match': '"10"' } }),
      412,
      'REVISION_MISMATCH',
    );
    const etag = (await http.view(id)).headers.etag as string;
    expect(etag).toBe('"11"');
    expectRevision(
      await http.post(id, 'order-complied', payment, { headers: { 'if-match': etag } }),
      id,
      12,
    );
    const view = (await http.view(id)).json();
    expect(view.status).toBe('ombudsman.ordersComplied');
    expect(deadline(view, 'OMBUDSMAN_ORDER', 'O1')).toMatchObject({ status: 'met' });
  });
});

describe('when a resident may go to the Ombudsman', () => {
  let api: ApiHarness;
  let http: ReturnType<typeof client>;
  beforeAll(async () => {
    api = await startApi({ today: '2025-03-10' });
    http = client(api);
  });
  afterAll(() => api.close());

  it('not after Stage 1 alone: both stages come first', async () => {
    const id = await http.log();
    expectRevision(
      await http.post(id, 'acknowledge', { handlerId: 'alice', definition: DEFINITION }),
      id,
      1,
    );
    expectRevision(await http.post(id, 'respond', response('S1-I1'), { sub: 'alice' }), id, 2);
    expectProblem(await http.post(id, 'ombudsman-referral', {}), 409, 'ILLEGAL_TRANSITION');
    expect(await http.length(id)).toBe(3);
  });

  it('straight after a complaint is not accepted, with the court claim date (CHC 2.2, 2.4)', async () => {
    const id = await http.log();
    const decline = {
      exclusionCode: 'LEGAL_PROCEEDINGS',
      explanation: 'The disrepair is the subject of a claim in the county court',
      evidence: 'Claim form and particulars of claim',
      ombudsmanRightsGiven: true,
    };
    expectProblem(await http.post(id, 'not-accepted', decline), 409, 'COURT_CLAIM_DATE_REQUIRED');
    expect(await http.length(id)).toBe(1);
    expectRevision(
      await http.post(id, 'not-accepted', { ...decline, claimFiledAtCourtOn: '2025-02-21' }),
      id,
      1,
    );
    api.clock.today = '2025-03-24';
    expectRevision(await http.post(id, 'ombudsman-referral', {}), id, 2);
    expect((await http.view(id)).json().status).toBe('ombudsman.referred');
  });

  const routes: [string, unknown][] = [
    ['ombudsman-referral', {}],
    ['ombudsman-determination', { findings: [{ issue: 'Damp', finding: 'MALADMINISTRATION' }] }],
    ['ombudsman-order', { orderType: 'APOLOGY', description: 'Apologise', dueOn: '2025-04-07' }],
    ['order-complied', { orderId: 'O1', evidence: 'Letter' }],
  ];

  it.each(routes)(
    'POST /complaints/:id/%s: 404 for an unknown complaint, 400 for a bad id, 403 for an auditor',
    async (route, body) => {
      expectProblem(await http.post(UNKNOWN_ID, route, body), 404, 'COMPLAINT_NOT_FOUND');
      expect(await http.length(UNKNOWN_ID)).toBe(0);
      expect((await http.post('not-a-uuid', route, body)).statusCode).toBe(400);
      expectProblem(
        await http.post(UNKNOWN_ID, route, body, { sub: 'auditor-1', role: 'auditor' }),
        403,
        'FORBIDDEN',
      );
    },
  );
});
