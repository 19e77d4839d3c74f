import { PolicyRegistry } from '../../policy/policy-registry';
import { CHC_2024_POLICY } from '../../policy/chc-2024.policy';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { Scenario } from '../../testing/scenario';
import { given } from '../../testing/specification';

// Stage 1 responded by alice on Thu 1 May 2025; escalation requested Tue 6 May.
const responded = () => HISTORIES['stage1.responded']().events;
const requested = () => HISTORIES['stage2.requested']().events;
const open = () => HISTORIES['stage2.awaitingResponse']().events;

describe('escalation request (CHC 6.10, 6.12)', () => {
  it('CHC 6.12: needs no reason from the resident', () => {
    const [event] = given(responded())
      .when(c.requestEscalation(), contextOn('2025-05-06'))
      .events();
    expect(event).toMatchObject({
      type: 'EscalationRequested',
      data: { outsideRequestWindow: false },
    });
    expect(event?.data).not.toHaveProperty('residentReason', expect.anything());
  });

  it('a late request is accepted but marked outside the policy window [UNCONFIRMED window]', () => {
    // 20 working days after Thu 1 May 2025 is Mon 2 Jun 2025 (26 May is a bank holiday).
    expect(
      given(responded()).when(c.requestEscalation(), contextOn('2025-06-02')).events()[0]?.data,
    ).toMatchObject({ outsideRequestWindow: false });
    expect(
      given(responded()).when(c.requestEscalation(), contextOn('2025-06-03')).events()[0]?.data,
    ).toMatchObject({ outsideRequestWindow: true });
  });

  it('cannot be requested before the Stage 1 response (no skipping Stage 1)', () => {
    const open1 = HISTORIES['stage1.awaitingResponse']().events;
    expect(given(open1).when(c.requestEscalation(), contextOn('2025-04-24')).refusal()).toBe(
      'ILLEGAL_TRANSITION',
    );
  });
});

describe('refusing escalation (Section 2 reasons)', () => {
  const ctx = contextOn('2025-05-08');

  it('needs the explanation, evidence and Ombudsman rights', () => {
    expect(
      given(requested())
        .when(c.refuseEscalation({ explanation: '' }), ctx)
        .refusal(),
    ).toBe('EXCLUSION_REASON_REQUIRED');
    expect(
      given(requested())
        .when(c.refuseEscalation({ ombudsmanRightsGiven: false }), ctx)
        .refusal(),
    ).toBe('OMBUDSMAN_RIGHTS_REQUIRED');
  });

  it('a request in time cannot be refused as out of time', () => {
    const late = c.refuseEscalation({
      reasonCode: 'REQUEST_OUT_OF_TIME',
      discretionConsidered: true,
      discretionNote: 'n/a',
    });
    expect(given(requested()).when(late, ctx).refusal()).toBe('ESCALATION_REQUEST_IN_TIME');
  });

  it('a late request is refused only with a recorded discretion decision', () => {
    const lateHistory = HISTORIES['stage1.responded']().on(
      '2025-06-10',
      c.requestEscalation(),
    ).events;
    const refuse = c.refuseEscalation({ reasonCode: 'REQUEST_OUT_OF_TIME' });
    expect(given(lateHistory).when(refuse, contextOn('2025-06-11')).refusal()).toBe(
      'DISCRETION_NOT_CONSIDERED',
    );
    const considered = {
      ...refuse,
      discretionConsidered: true,
      discretionNote: 'No reason given for the 6-week delay',
    };
    expect(given(lateHistory).when(considered, contextOn('2025-06-11')).events()[0]?.type).toBe(
      'EscalationRefused',
    );
  });
});

describe('Stage 2 acknowledgement (CHC 6.11, 6.13)', () => {
  const ctx = contextOn('2025-05-08');

  it('CHC 6.11: records a new definition for Stage 2', () => {
    const [event] = given(requested()).when(c.acknowledge2(), ctx).events();
    expect(event).toMatchObject({
      type: 'Stage2Acknowledged',
      data: { handlerId: 'bob', definition: { issues: [{ issueId: 'S2-I1' }] } },
    });
  });

  it('CHC 6.13: the Stage 1 handler may not handle Stage 2', () => {
    expect(
      given(requested())
        .when(c.acknowledge2({ handlerId: 'alice' }), ctx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
  });

  it('CHC 6.13: nor may a Stage 1 handler who was later replaced', () => {
    const history = HISTORIES['stage1.awaitingResponse']()
      .on('2025-04-24', c.reassign())
      .on('2025-05-01', c.respond1(), 'carol')
      .on('2025-05-06', c.requestEscalation()).events;
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'alice' }), ctx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'carol' }), ctx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
  });

  it('stricter policy option: nobody who contributed at Stage 1 either', () => {
    const strict = {
      ...CHC_2024_POLICY,
      version: 'strict.1',
      stage2Independence: 'no-stage1-contributor' as const,
    };
    const policies = new PolicyRegistry([strict], 'strict.1');
    const history = Scenario.start()
      .on('2025-04-17', c.log(), 'officer-1', { policies })
      .on('2025-04-22', c.acknowledge1(), 'officer-1', { policies })
      .on('2025-05-01', c.respond1({ contributors: ['dave'] }), 'erin', { policies })
      .on('2025-05-06', c.requestEscalation(), 'officer-1', { policies }).events;
    const strictCtx = contextOn('2025-05-08', 'officer-1', { policies });
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'dave' }), strictCtx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'erin' }), strictCtx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'frank' }), strictCtx)
        .events(),
    ).toHaveLength(1);
    // Under the Code's own rule, a contributor who did not handle Stage 1 may take Stage 2.
    expect(
      given(history)
        .when(c.acknowledge2({ handlerId: 'dave' }), contextOn('2025-05-08'))
        .events(),
    ).toHaveLength(1);
  });

  it('CHC 6.13: Stage 2 cannot be reassigned to the Stage 1 handler', () => {
    expect(
      given(open())
        .when(c.reassign({ handlerId: 'alice' }), contextOn('2025-05-12'))
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
  });
});

describe('Stage 2 extension and final response', () => {
  // Acknowledged Thu 8 May 2025: due Fri 6 Jun (20 working days, 26 May a bank holiday); cap Fri 4 Jul.
  it('extends by at most 20 working days without a good reason', () => {
    const ctx = contextOn('2025-06-02');
    expect(
      given(open())
        .when(c.extend({ stage: 2, newDueOn: '2025-07-04' }), ctx)
        .events()[0]?.data,
    ).toMatchObject({ previousDueOn: '2025-06-06' });
    expect(
      given(open())
        .when(c.extend({ stage: 2, newDueOn: '2025-07-07' }), ctx)
        .refusal(),
    ).toBe('STAGE2_EXTENSION_EXCEEDS_CAP');
  });

  it('the final response must tell the resident how to go to the Ombudsman', () => {
    expect(
      given(open())
        .when(c.respond2({ nextStepsGiven: false }), contextOn('2025-05-20'))
        .refusal(),
    ).toBe('RESPONSE_INCOMPLETE');
  });

  it('CHC 5.3: there is no third stage', () => {
    const done = HISTORIES['stage2.responded']().events;
    expect(given(done).when(c.requestEscalation(), contextOn('2025-05-21')).refusal()).toBe(
      'ILLEGAL_TRANSITION',
    );
  });
});
