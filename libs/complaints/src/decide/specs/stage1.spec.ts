import { fold } from '../../state/evolve';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';

// Received Thu 17 Apr 2025, acknowledged Tue 22 Apr: the response is due Wed 7 May 2025
// (10 working days, skipping the Early May bank holiday on 5 May); the cap is Wed 21 May.
const received = () => HISTORIES.received().events;
const open = () => HISTORIES['stage1.awaitingResponse']().events;

describe('Stage 1 acknowledgement (CHC 6.2)', () => {
  it('records the handler and the definition, giving each issue an id', () => {
    const [event] = given(received()).when(c.acknowledge1(), contextOn('2025-04-22')).events();
    expect(event).toMatchObject({
      type: 'Stage1Acknowledged',
      data: {
        handlerId: 'alice',
        definition: { issues: [{ issueId: 'S1-I1', summary: 'Damp and mould not treated' }] },
      },
    });
  });

  it('refuses an acknowledgement without a definition', () => {
    const none = c.acknowledge1({ definition: { issues: [], outcomesSought: [] } });
    expect(given(received()).when(none, contextOn('2025-04-22')).refusal()).toBe(
      'DEFINITION_REQUIRED',
    );
  });

  it('refuses an acknowledgement dated before receipt', () => {
    const early = c.acknowledge1({ effectiveOn: '2025-04-16', backdateReason: 'typo' });
    expect(given(received()).when(early, contextOn('2025-04-22')).refusal()).toBe(
      'DATE_BEFORE_PREVIOUS_STEP',
    );
  });
});

describe('Stage 1 extension (CHC 6.4–6.5)', () => {
  const ctx = contextOn('2025-05-01');

  it('moves the response date, recording the reason and the previous date', () => {
    const [event] = given(open())
      .when(c.extend({ newDueOn: '2025-05-21' }), ctx)
      .events();
    expect(event).toMatchObject({
      type: 'ExtensionNotified',
      data: { stage: 1, previousDueOn: '2025-05-07', newDueOn: '2025-05-21', exceedsCap: false },
    });
  });

  it('CHC 6.4: needs a reason', () => {
    expect(
      given(open())
        .when(c.extend({ reason: '', newDueOn: '2025-05-14' }), ctx)
        .refusal(),
    ).toBe('EXTENSION_REASON_REQUIRED');
  });

  it("CHC 6.5: the notice must give the Ombudsman's details", () => {
    const noDetails = c.extend({ ombudsmanDetailsGiven: false, newDueOn: '2025-05-14' });
    expect(given(open()).when(noDetails, ctx).refusal()).toBe('OMBUDSMAN_DETAILS_REQUIRED');
  });

  it('CHC 6.4: at most 10 working days beyond the original date without a good reason', () => {
    expect(
      given(open())
        .when(c.extend({ newDueOn: '2025-05-22' }), ctx)
        .refusal(),
    ).toBe('EXTENSION_EXCEEDS_CAP');
  });

  it('CHC 6.4: beyond the cap with a recorded good reason, flagged for oversight', () => {
    const long = c.extend({
      newDueOn: '2025-06-04',
      goodReason: 'Structural survey booked for 2 June',
    });
    const [event] = given(open()).when(long, ctx).events();
    expect(event?.data).toMatchObject({
      exceedsCap: true,
      goodReason: 'Structural survey booked for 2 June',
    });
  });

  it('must be notified within the timescale, not after the date has passed', () => {
    expect(
      given(open())
        .when(c.extend({ newDueOn: '2025-05-14' }), contextOn('2025-05-08'))
        .refusal(),
    ).toBe('EXTENSION_AFTER_DEADLINE');
  });

  it('must move the date later', () => {
    expect(
      given(open())
        .when(c.extend({ newDueOn: '2025-05-07' }), ctx)
        .refusal(),
    ).toBe('EXTENSION_NOT_LATER');
  });

  it('counts the cap across several extensions', () => {
    const first = given(open())
      .when(c.extend({ newDueOn: '2025-05-14' }), ctx)
      .events();
    const history = [...open(), ...first];
    expect(
      given(history)
        .when(c.extend({ newDueOn: '2025-05-22' }), contextOn('2025-05-13'))
        .refusal(),
    ).toBe('EXTENSION_EXCEEDS_CAP');
    expect(
      given(history)
        .when(c.extend({ newDueOn: '2025-05-21' }), contextOn('2025-05-13'))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses a Stage 2 extension while at Stage 1', () => {
    expect(
      given(open())
        .when(c.extend({ stage: 2, newDueOn: '2025-05-14' }), ctx)
        .refusal(),
    ).toBe('ILLEGAL_TRANSITION');
  });
});

describe('Stage 1 response (CHC 6.3, 6.6–6.7, 7.1–7.3)', () => {
  const ctx = contextOn('2025-05-01', 'alice');

  it('records each decision, the overall outcome, remedies with ids, and who responded', () => {
    const [event] = given(open()).when(c.respond1(), ctx).events();
    expect(event).toMatchObject({
      type: 'Stage1ResponseIssued',
      data: {
        outcome: 'UPHELD',
        respondedBy: 'alice',
        remedies: [{ actionId: 'S1-R1', remedyType: 'APOLOGY' }],
      },
    });
  });

  it('CHC 6.7: every issue in the definition needs a decision with reasons', () => {
    expect(
      given(open())
        .when(c.respond1({ decisions: [] }), ctx)
        .refusal(),
    ).toBe('RESPONSE_INCOMPLETE');
    const noReasons = c.respond1({
      decisions: [{ issueId: 'S1-I1', decision: 'NOT_UPHELD', reasons: ' ' }],
    });
    expect(given(open()).when(noReasons, ctx).refusal()).toBe('RESPONSE_INCOMPLETE');
    const stranger = c.respond1({
      decisions: [
        { issueId: 'S1-I1', decision: 'NOT_UPHELD', reasons: 'No fault' },
        { issueId: 'S1-I9', decision: 'NOT_UPHELD', reasons: 'No fault' },
      ],
    });
    expect(given(open()).when(stranger, ctx).refusal()).toBe('RESPONSE_INCOMPLETE');
  });

  it('CHC 7.1–7.2: an upheld complaint needs a remedy or a reason for none', () => {
    expect(
      given(open())
        .when(c.respond1({ remedies: [] }), ctx)
        .refusal(),
    ).toBe('REMEDY_REQUIRED');
    const reasoned = c.respond1({
      remedies: [],
      noRemedyReason: 'Repair already completed at no cost',
    });
    expect(given(open()).when(reasoned, ctx).events()).toHaveLength(1);
  });

  it('CHC 7.3: remedies and outstanding actions need an owner and a date', () => {
    const ownerless = c.respond1({
      remedies: [{ remedyType: 'APOLOGY', description: 'Apology', owner: '', dueOn: '2025-05-09' }],
    });
    expect(given(open()).when(ownerless, ctx).refusal()).toBe('ACTION_INCOMPLETE');
    const undated = c.respond1({
      outstandingActions: [{ description: 'Replace window', owner: 'repairs', dueOn: 'soon' }],
    });
    expect(given(open()).when(undated, ctx).refusal()).toBe('INVALID_COMMAND');
  });

  it('the letter must explain how to escalate', () => {
    expect(
      given(open())
        .when(c.respond1({ nextStepsGiven: false }), ctx)
        .refusal(),
    ).toBe('RESPONSE_INCOMPLETE');
  });

  it('a partly upheld response rolls up as PARTLY_UPHELD', () => {
    const history = [...open(), ...given(open()).when(c.raiseIssue(), ctx).events()];
    const mixed = c.respond1({
      decisions: [
        { issueId: 'S1-I1', decision: 'UPHELD', reasons: 'Late repair' },
        { issueId: 'S1-I2', decision: 'NOT_UPHELD', reasons: 'Gutter cleared on time' },
      ],
    });
    expect(given(history).when(mixed, ctx).events()[0]?.data).toMatchObject({
      outcome: 'PARTLY_UPHELD',
    });
  });
});

describe('new issues and handlers during Stage 1', () => {
  const ctx = contextOn('2025-04-24');

  it('a related issue before the response joins the definition', () => {
    const events = given(open()).when(c.raiseIssue(), ctx).events();
    const record = fold([...open(), ...events]).complaint;
    expect(record?.stage1.definition?.issues.map((i) => i.issueId)).toEqual(['S1-I1', 'S1-I2']);
  });

  it('an unrelated issue must be a new complaint', () => {
    expect(
      given(open())
        .when(c.raiseIssue({ related: false }), ctx)
        .refusal(),
    ).toBe('ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT');
  });

  it('reassignment records the previous handler and refuses a no-op', () => {
    expect(given(open()).when(c.reassign(), ctx).events()[0]?.data).toMatchObject({
      previousHandlerId: 'alice',
      handlerId: 'carol',
    });
    expect(
      given(open())
        .when(c.reassign({ handlerId: 'alice' }), ctx)
        .refusal(),
    ).toBe('HANDLER_UNCHANGED');
  });
});
