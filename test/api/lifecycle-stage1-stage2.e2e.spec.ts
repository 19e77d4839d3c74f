import type { Role } from '@redress/users';
import { startApi, type ApiHarness, type InjectedResponse as Reply } from '../support/api-harness';
import { deadline, expectProblem, expectRevision } from '../support/http-expectations';

/**
 * A complaint driven over HTTP through both stages of the Code, the clock moved forward between
 * steps as an officer would live it. Deadlines are the Code's, on the England and Wales calendar
 * of 2025: Good Friday 18 April, Easter Monday 21 April, bank holidays 5 and 26 May.
 */

const UNKNOWN_ID = '3f0c6f5e-9a51-4c1e-8d0b-6f3b8f1d2a77';
const DEFINITION = {
  issues: [{ summary: 'Damp and mould in the back bedroom not treated after three reports' }],
  outcomesSought: ['Treat the mould and fix the cause', 'Compensation for spoiled clothes'],
};
const stage1Response = (remedies: unknown[] = []) => ({
  decisions: [
    {
      issueId: 'S1-I1',
      decision: 'UPHELD',
      reasons: 'Three repair requests were closed without a visit, contrary to the repairs policy.',
    },
  ],
  remedies,
  nextStepsGiven: true,
});

function client(api: ApiHarness) {
  return {
    log: async (description = 'Damp and mould in the back bedroom'): Promise<string> => {
      const logged = await api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: 'R-1042', propertyRef: 'P-77', description },
      });
      expect(logged.statusCode).toBe(201);
      return logged.json().id as string;
    },
    post: (id: string, path: string, body: unknown, sub = 'officer-1', role: Role = 'officer') =>
      api.request({ method: 'POST', url: `/complaints/${id}/${path}`, role, sub, body }),
    view: async (id: string) => {
      const got = await api.request({ method: 'GET', url: `/complaints/${id}`, role: 'auditor' });
      expect(got.statusCode).toBe(200);
      return got.json();
    },
    length: async (id: string) => (await api.store.readStream(`complaint-${id}`)).length,
  };
}

describe('a complaint through Stage 1 and Stage 2 over HTTP', () => {
  let api: ApiHarness;
  let http: ReturnType<typeof client>;
  let id: string;
  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    http = client(api);
  });
  afterAll(() => api.close());

  /** A refused command answers with its code and leaves the stream as it was. */
  async function refused(reply: Promise<Reply>, status: number, code: string): Promise<Reply> {
    const before = await http.length(id);
    const answer = await reply;
    expectProblem(answer, status, code);
    expect(await http.length(id)).toBe(before);
    return answer;
  }

  it('logs it on Thursday 17 April: acknowledge by Monday 28 April, after Easter (CHC 6.2)', async () => {
    id = await http.log();
    const view = await http.view(id);
    expect(view).toMatchObject({ revision: 0, status: 'received' });
    expect(deadline(view, 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({
      dueOn: '2025-04-28',
      status: 'pending',
    });
  });

  it('refuses an escalation before any response (CHC 6.10)', async () => {
    await refused(http.post(id, 'request-escalation', {}), 409, 'ILLEGAL_TRANSITION');
  });

  it('acknowledges on 24 April: respond by 9 May, past the early May bank holiday (CHC 6.3)', async () => {
    api.clock.today = '2025-04-24';
    expectRevision(
      await http.post(id, 'acknowledge', { handlerId: 'alice', definition: DEFINITION }),
      id,
      1,
    );
    const view = await http.view(id);
    expect(view.status).toBe('stage1.awaitingResponse');
    expect(deadline(view, 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({ status: 'met' });
    expect(deadline(view, 'STAGE1_RESPONSE')).toMatchObject({
      dueOn: '2025-05-09',
      status: 'pending',
    });
  });

  it('refuses an extension past the 10-working-day cap without a good reason (CHC 6.4)', async () => {
    api.clock.today = '2025-05-06';
    const extension = {
      stage: 1,
      reason: 'The damp survey cannot be done before 14 May',
      ombudsmanDetailsGiven: true,
    };
    const answer = await refused(
      http.post(id, 'extend', { ...extension, newDueOn: '2025-05-27' }),
      409,
      'EXTENSION_EXCEEDS_CAP',
    );
    expect(answer.json()).toMatchObject({ provision: 'CHC 6.4' });
    expect(answer.json().detail).toContain('2025-05-23');
    const noStage = await refused(
      http.post(id, 'extend', { ...extension, stage: 3, newDueOn: '2025-05-16' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noStage.json().errors.map((e: { field: string }) => e.field)).toEqual(['stage']);
  });

  it('extends Stage 1 to 16 May with reasons and the Ombudsman details (CHC 6.4–6.5)', async () => {
    expectRevision(
      await http.post(id, 'extend', {
        stage: 1,
        reason: 'The damp survey cannot be done before 14 May',
        newDueOn: '2025-05-16',
        ombudsmanDetailsGiven: true,
      }),
      id,
      2,
    );
    expect(deadline(await http.view(id), 'STAGE1_RESPONSE')).toMatchObject({
      dueOn: '2025-05-16',
      originalDueOn: '2025-05-09',
      extended: true,
      status: 'pending',
    });
  });

  it('refuses an upheld response with no remedy and no reason for none (CHC 7.1–7.2)', async () => {
    api.clock.today = '2025-05-14';
    await refused(http.post(id, 'respond', stage1Response(), 'alice'), 409, 'REMEDY_REQUIRED');
  });

  it('responds on 14 May, upheld, with an apology and compensation to follow through (CHC 6.7, 7.3)', async () => {
    const remedies = [
      {
        remedyType: 'APOLOGY',
        description: 'Written apology from the repairs manager',
        owner: 'alice',
        dueOn: '2025-05-21',
      },
      {
        remedyType: 'FINANCIAL_REMEDY',
        description: 'Compensation for the spoiled clothes and the distress',
        owner: 'finance-team',
        dueOn: '2025-05-28',
        amountPence: 25000,
      },
    ];
    expectRevision(await http.post(id, 'respond', stage1Response(remedies), 'alice'), id, 3);
    const view = await http.view(id);
    expect(view.status).toBe('stage1.responded');
    expect(deadline(view, 'STAGE1_RESPONSE')).toMatchObject({ status: 'met' });
    expect(deadline(view, 'REMEDY', 'S1-R1')).toMatchObject({
      dueOn: '2025-05-21',
      status: 'pending',
    });
    expect(deadline(view, 'REMEDY', 'S1-R2')).toMatchObject({ dueOn: '2025-05-28' });
  });

  it('completes the apology on 20 May, and refuses an unknown or repeated action (CHC 7.3)', async () => {
    api.clock.today = '2025-05-20';
    await refused(http.post(id, 'complete-action', { actionId: 'S1-R9' }), 409, 'UNKNOWN_ACTION');
    expectRevision(
      await http.post(id, 'complete-action', {
        actionId: 'S1-R1',
        evidence: 'Letter sent 20 May',
      }),
      id,
      4,
    );
    await refused(
      http.post(id, 'complete-action', { actionId: 'S1-R1' }),
      409,
      'ACTION_ALREADY_COMPLETED',
    );
    expect(deadline(await http.view(id), 'REMEDY', 'S1-R1')).toMatchObject({ status: 'met' });
  });

  it('escalates on 22 May without a reason: acknowledge by 30 May, past the spring bank holiday (CHC 6.11–6.12)', async () => {
    api.clock.today = '2025-05-22';
    expectRevision(await http.post(id, 'request-escalation', {}), id, 5);
    const view = await http.view(id);
    expect(view).toMatchObject({ status: 'stage2.requested', stage: 2 });
    expect(deadline(view, 'STAGE2_ACKNOWLEDGEMENT')).toMatchObject({
      dueOn: '2025-05-30',
      status: 'pending',
    });
  });

  it('refuses the Stage 1 handler as Stage 2 handler (CHC 6.13)', async () => {
    api.clock.today = '2025-05-28';
    const answer = await refused(
      http.post(id, 'acknowledge-stage2', { handlerId: 'alice', definition: DEFINITION }),
      409,
      'STAGE2_HANDLER_CONFLICT',
    );
    expect(answer.json()).toMatchObject({ provision: 'CHC 6.13' });
  });

  it('acknowledges Stage 2 on 28 May with another handler: final response by 25 June', async () => {
    expectRevision(
      await http.post(id, 'acknowledge-stage2', { handlerId: 'bob', definition: DEFINITION }),
      id,
      6,
    );
    const view = await http.view(id);
    expect(view).toMatchObject({
      status: 'stage2.awaitingResponse',
      handlers: { stage1: 'alice', stage2: 'bob' },
    });
    expect(deadline(view, 'STAGE2_ACKNOWLEDGEMENT')).toMatchObject({ status: 'met' });
    expect(deadline(view, 'STAGE2_RESPONSE')).toMatchObject({
      dueOn: '2025-06-25',
      status: 'pending',
    });
  });

  const finalResponse = {
    decisions: [
      {
        issueId: 'S2-I1',
        decision: 'PARTLY_UPHELD',
        reasons: 'The mould was treated late; the cause was condensation, now addressed.',
      },
    ],
    remedies: [
      {
        remedyType: 'FINANCIAL_REMEDY',
        description: 'Further compensation for the delay at Stage 1',
        owner: 'finance-team',
        dueOn: '2025-07-04',
        amountPence: 15000,
      },
    ],
    outstandingActions: [
      { description: 'Fit an extractor fan', owner: 'repairs', dueOn: '2025-07-18' },
    ],
    nextStepsGiven: true,
  };

  it('refuses a final response issued by whoever signed the Stage 1 response (CHC 6.13)', async () => {
    api.clock.today = '2025-06-20';
    await refused(
      http.post(id, 'final-response', finalResponse, 'alice', 'manager'),
      409,
      'STAGE2_HANDLER_CONFLICT',
    );
  });

  it('issues the final response on 20 June, within 20 working days', async () => {
    expectRevision(await http.post(id, 'final-response', finalResponse, 'bob', 'manager'), id, 7);
    const view = await http.view(id);
    expect(view.status).toBe('stage2.responded');
    expect(deadline(view, 'STAGE2_RESPONSE')).toMatchObject({ status: 'met' });
    expect(deadline(view, 'REMEDY', 'S2-R1')).toMatchObject({ dueOn: '2025-07-04' });
    expect(deadline(view, 'OUTSTANDING_ACTION', 'S2-A1')).toMatchObject({ dueOn: '2025-07-18' });
  });

  const closure = {
    category: 'PROPERTY_CONDITION',
    subCategory: 'Damp and mould',
    rootCause: 'CONTRACTOR_PERFORMANCE',
    outcome: 'PARTLY_UPHELD',
    learning: 'Repair requests about damp are closed only after a visit',
    learningActions: [
      {
        description: 'Brief contractors on damp visits',
        owner: 'repairs-lead',
        dueOn: '2025-07-31',
      },
    ],
  };

  it('refuses a closure without a root cause, and one outside the policy lists', async () => {
    api.clock.today = '2025-06-23';
    const { rootCause: _omitted, ...noRootCause } = closure;
    // Missing and blank are refused alike, with the rule's own code (CHC 9.1).
    await refused(http.post(id, 'close', noRootCause), 409, 'ROOT_CAUSE_REQUIRED');
    await refused(
      http.post(id, 'close', { ...closure, rootCause: '   ' }),
      409,
      'ROOT_CAUSE_REQUIRED',
    );
    await refused(
      http.post(id, 'close', { ...closure, category: 'WEATHER' }),
      400,
      'INVALID_COMMAND',
    );
  });

  it('closes on 23 June with category, root cause, outcome and learning (CHC 8.1(b), 9.1)', async () => {
    expectRevision(await http.post(id, 'close', closure), id, 8);
    const view = await http.view(id);
    expect(view.status).toBe('closed.afterFinalResponse');
    expect(view.closures).toEqual([
      expect.objectContaining({ rootCause: 'CONTRACTOR_PERFORMANCE' }),
    ]);
    expect(deadline(view, 'LEARNING_ACTION', 'L1-1')).toMatchObject({ dueOn: '2025-07-31' });
    // Closure does not end a promise: the unpaid Stage 1 compensation is still tracked (CHC 7.3).
    expect(deadline(view, 'REMEDY', 'S1-R2')).toMatchObject({
      dueOn: '2025-05-28',
      status: 'missed',
    });
  });
});

describe('the other case-work commands over HTTP', () => {
  let api: ApiHarness;
  let http: ReturnType<typeof client>;
  beforeAll(async () => {
    api = await startApi({ today: '2025-06-02' });
    http = client(api);
  });
  afterAll(() => api.close());

  async function refused(id: string, reply: Promise<Reply>, status: number, code: string) {
    const before = await http.length(id);
    const answer = await reply;
    expectProblem(answer, status, code);
    expect(await http.length(id)).toBe(before);
    return answer;
  }

  async function acknowledged(): Promise<string> {
    const id = await http.log();
    expectRevision(
      await http.post(id, 'acknowledge', { handlerId: 'alice', definition: DEFINITION }),
      id,
      1,
    );
    return id;
  }

  it('does not accept a complaint over 12 months old only with discretion considered (CHC 2.2–2.4)', async () => {
    const id = await http.log('Fence panel left broken in 2023');
    const decline = {
      exclusionCode: 'OVER_12_MONTHS',
      explanation: 'The fence was damaged in November 2023 and first raised now',
      evidence: 'Repair log entry 2023-11-02',
      discretionConsidered: true,
      discretionNote: 'No good reason for the delay was given',
      ombudsmanRightsGiven: true,
    };
    await refused(
      id,
      http.post(id, 'not-accepted', { ...decline, issueOccurredOn: '2024-09-01' }),
      409,
      'EXCLUSION_NOT_APPLICABLE',
    );
    await refused(
      id,
      http.post(id, 'not-accepted', {
        ...decline,
        issueOccurredOn: '2023-11-02',
        ombudsmanRightsGiven: false,
      }),
      409,
      'OMBUDSMAN_RIGHTS_REQUIRED',
    );
    expectRevision(
      await http.post(id, 'not-accepted', { ...decline, issueOccurredOn: '2023-11-02' }),
      id,
      1,
    );
    const view = await http.view(id);
    expect(view.status).toBe('notAccepted');
    expect(deadline(view, 'STAGE1_ACKNOWLEDGEMENT')).toMatchObject({ status: 'cancelled' });
  });

  it('withdraws a complaint and stops its clock; a second withdrawal is refused', async () => {
    const id = await acknowledged();
    expectRevision(
      await http.post(id, 'withdraw', { reason: 'Resolved with the contractor' }),
      id,
      2,
    );
    const view = await http.view(id);
    expect(view.status).toBe('withdrawn');
    expect(deadline(view, 'STAGE1_RESPONSE')).toMatchObject({ status: 'cancelled' });
    await refused(id, http.post(id, 'withdraw', {}), 409, 'ILLEGAL_TRANSITION');
  });

  it('reassigns the Stage 1 handler, refusing a reassignment that changes nothing', async () => {
    const id = await acknowledged();
    await refused(
      id,
      http.post(id, 'reassign-handler', { handlerId: 'alice', reason: 'Leave' }),
      409,
      'HANDLER_UNCHANGED',
    );
    expectRevision(
      await http.post(id, 'reassign-handler', { handlerId: 'carol', reason: 'Alice on leave' }),
      id,
      2,
    );
    expect((await http.view(id)).handlers).toEqual({ stage1: 'carol' });
  });

  it('refuses to extend Stage 2 while Stage 1 is still open (CHC 6.4)', async () => {
    const id = await acknowledged();
    await refused(
      id,
      http.post(id, 'extend', {
        stage: 2,
        reason: 'Survey',
        newDueOn: '2025-06-30',
        ombudsmanDetailsGiven: true,
      }),
      409,
      'ILLEGAL_TRANSITION',
    );
  });

  it('adds a related issue to the definition; an unrelated one needs a new complaint', async () => {
    const id = await acknowledged();
    await refused(
      id,
      http.post(id, 'raise-issue', { summary: 'Parking bay allocation', related: false }),
      409,
      'ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT',
    );
    expectRevision(
      await http.post(id, 'raise-issue', { summary: 'Mould on the landing too', related: true }),
      id,
      2,
    );
    expect((await http.view(id)).stage1.definition.issues).toEqual([
      expect.objectContaining({ issueId: 'S1-I1' }),
      { issueId: 'S1-I2', summary: 'Mould on the landing too' },
    ]);
  });

  it('records a reasonable adjustment, refusing a review date in the past (CHC 3.1)', async () => {
    const id = await http.log();
    await refused(
      id,
      http.post(id, 'record-adjustment', { adjustment: 'Large print', reviewOn: '2025-05-01' }),
      400,
      'INVALID_COMMAND',
    );
    expectRevision(
      await http.post(id, 'record-adjustment', {
        adjustment: 'Large print',
        reviewOn: '2025-12-01',
      }),
      id,
      1,
    );
    expect((await http.view(id)).adjustments).toEqual([
      { adjustment: 'Large print', reviewOn: '2025-12-01', recordedOn: '2025-06-02' },
    ]);
  });

  it('flags vulnerability for triage, refusing a flag with no details (CHC 6.1)', async () => {
    const id = await http.log();
    const empty = await refused(
      id,
      http.post(id, 'flag-vulnerability', {}),
      400,
      'VALIDATION_FAILED',
    );
    expect(empty.json().errors.map((e: { field: string }) => e.field)).toEqual(['details']);
    expectRevision(
      await http.post(id, 'flag-vulnerability', { details: 'Asthmatic child in the household' }),
      id,
      1,
    );
    expect((await http.view(id)).vulnerabilityNotes).toEqual(['Asthmatic child in the household']);
  });

  it('refuses an escalation as late when it was made in time, then for a Section 2 reason', async () => {
    const id = await acknowledged();
    expectRevision(
      await http.post(
        id,
        'respond',
        stage1Response([
          {
            remedyType: 'APOLOGY',
            description: 'Apology letter',
            owner: 'alice',
            dueOn: '2025-06-09',
          },
        ]),
        'alice',
      ),
      id,
      2,
    );
    api.clock.today = '2025-06-05';
    expectRevision(await http.post(id, 'request-escalation', { residentReason: 'Unhappy' }), id, 3);
    const refusal = {
      explanation: 'The same complaint was answered at Stage 2 in March',
      evidence: 'Final response of 2025-03-12',
      ombudsmanRightsGiven: true,
    };
    await refused(
      id,
      http.post(id, 'refuse-escalation', {
        ...refusal,
        reasonCode: 'REQUEST_OUT_OF_TIME',
        discretionConsidered: true,
        discretionNote: 'Not late',
      }),
      409,
      'ESCALATION_REQUEST_IN_TIME',
    );
    expectRevision(
      await http.post(id, 'refuse-escalation', { ...refusal, reasonCode: 'PREVIOUSLY_CONSIDERED' }),
      id,
      4,
    );
    const view = await http.view(id);
    expect(view.status).toBe('escalationRefused');
    expect(deadline(view, 'STAGE2_ACKNOWLEDGEMENT')).toMatchObject({ status: 'cancelled' });
  });

  const routes: [string, unknown][] = [
    [
      'not-accepted',
      {
        exclusionCode: 'PREVIOUSLY_CONSIDERED',
        explanation: 'x',
        evidence: 'y',
        ombudsmanRightsGiven: true,
      },
    ],
    ['extend', { stage: 1, reason: 'x', newDueOn: '2025-06-20', ombudsmanDetailsGiven: true }],
    ['respond', stage1Response()],
    ['request-escalation', {}],
    [
      'refuse-escalation',
      {
        reasonCode: 'PREVIOUSLY_CONSIDERED',
        explanation: 'x',
        evidence: 'y',
        ombudsmanRightsGiven: true,
      },
    ],
    ['acknowledge-stage2', { handlerId: 'bob', definition: DEFINITION }],
    ['final-response', stage1Response()],
    [
      'close',
      { category: 'CHARGES', rootCause: 'COMMUNICATION', outcome: 'UPHELD', learning: 'x' },
    ],
    ['withdraw', {}],
    ['reassign-handler', { handlerId: 'carol', reason: 'x' }],
    ['raise-issue', { summary: 'x', related: true }],
    ['record-adjustment', { adjustment: 'x' }],
    ['flag-vulnerability', { details: 'x' }],
    ['complete-action', { actionId: 'S1-R1' }],
  ];

  it.each(routes)(
    'POST /complaints/:id/%s: 404 for an unknown complaint, 400 for a bad id, 403 for an auditor',
    async (route, body) => {
      const unknown = await http.post(UNKNOWN_ID, route, body);
      expectProblem(unknown, 404, 'COMPLAINT_NOT_FOUND');
      expect(await http.length(UNKNOWN_ID)).toBe(0);
      expect((await http.post('not-a-uuid', route, body)).statusCode).toBe(400);
      expectProblem(
        await http.post(UNKNOWN_ID, route, body, 'auditor-1', 'auditor'),
        403,
        'FORBIDDEN',
      );
    },
  );
});
