import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';

const received = () => HISTORIES.received().events;

describe('logging a complaint (CHC 1.2–1.3, 6.2)', () => {
  it('records receipt under the policy in force, dated today', () => {
    const [event] = given([]).when(c.log(), contextOn('2025-04-17')).events();
    expect(event).toMatchObject({
      type: 'ComplaintReceived',
      data: {
        effectiveOn: '2025-04-17',
        policyVersion: 'chc-2024.1',
        channel: 'EMAIL',
        vulnerable: false,
      },
    });
  });

  it('dates a timestamped receipt in England: 23:30 UTC on a summer evening is the next London day', () => {
    const ctx = contextOn('2024-07-16');
    const [event] = given([])
      .when(c.log({ receivedAt: '2024-07-15T23:30:00Z' }), ctx)
      .events();
    expect(event?.data.effectiveOn).toBe('2024-07-16');
  });

  it('refuses a receipt date in the future', () => {
    expect(
      given([])
        .when(c.log({ effectiveOn: '2025-04-18' }), contextOn('2025-04-17'))
        .refusal(),
    ).toBe('DATE_IN_FUTURE');
  });

  it('accepts an earlier receipt date only with a reason (back-dating)', () => {
    const ctx = contextOn('2025-04-22');
    expect(
      given([])
        .when(c.log({ effectiveOn: '2025-04-17' }), ctx)
        .refusal(),
    ).toBe('BACKDATE_REASON_REQUIRED');
    const [event] = given([])
      .when(
        c.log({
          effectiveOn: '2025-04-17',
          backdateReason: 'Letter received before Easter, logged after',
        }),
        ctx,
      )
      .events();
    expect(event?.data).toMatchObject({
      effectiveOn: '2025-04-17',
      backdateReason: 'Letter received before Easter, logged after',
    });
  });

  it('refuses an impossible date and a blank description', () => {
    const ctx = contextOn('2025-04-17');
    expect(
      given([])
        .when(c.log({ effectiveOn: '2023-02-29' }), ctx)
        .refusal(),
    ).toBe('INVALID_COMMAND');
    expect(
      given([])
        .when(c.log({ description: '  ' }), ctx)
        .refusal(),
    ).toBe('INVALID_COMMAND');
  });
});

describe('not accepting a complaint (CHC 2.1–2.4)', () => {
  const ctx = contextOn('2025-04-22');

  it('CHC 2.1, 2.4: needs an explanation, evidence and the right to go to the Ombudsman', () => {
    expect(
      given(received())
        .when(c.decline({ evidence: '' }), ctx)
        .refusal(),
    ).toBe('EXCLUSION_REASON_REQUIRED');
    expect(
      given(received())
        .when(c.decline({ ombudsmanRightsGiven: false }), ctx)
        .refusal(),
    ).toBe('OMBUDSMAN_RIGHTS_REQUIRED');
  });

  it('CHC 2.3: "over 12 months" applies only to an issue more than 12 months before receipt', () => {
    const late = c.decline({
      exclusionCode: 'OVER_12_MONTHS',
      discretionConsidered: true,
      discretionNote: 'No good reason for delay',
    });
    expect(
      given(received())
        .when({ ...late, issueOccurredOn: '2024-06-01' }, ctx)
        .refusal(),
    ).toBe('EXCLUSION_NOT_APPLICABLE');
    expect(
      given(received())
        .when({ ...late, issueOccurredOn: '2024-03-01' }, ctx)
        .events()[0]?.type,
    ).toBe('ComplaintNotAccepted');
  });

  it('CHC 2.3: discretion for a late complaint must be considered and recorded', () => {
    const late = c.decline({ exclusionCode: 'OVER_12_MONTHS', issueOccurredOn: '2024-01-01' });
    expect(given(received()).when(late, ctx).refusal()).toBe('DISCRETION_NOT_CONSIDERED');
  });

  it('CHC 2.2: legal proceedings need the date the claim was filed at court', () => {
    const legal = c.decline({ exclusionCode: 'LEGAL_PROCEEDINGS' });
    expect(given(received()).when(legal, ctx).refusal()).toBe('COURT_CLAIM_DATE_REQUIRED');
    expect(
      given(received())
        .when({ ...legal, claimFiledAtCourtOn: '2025-03-01' }, ctx)
        .events(),
    ).toHaveLength(1);
  });
});

describe('facts recorded at any point (CHC 3.1, 6.1)', () => {
  it('records a reasonable adjustment with a review date, and a vulnerability', () => {
    const ctx = contextOn('2025-04-18');
    const [adj] = given(received())
      .when(c.adjustment({ reviewOn: '2025-10-18' }), ctx)
      .events();
    expect(adj).toMatchObject({
      type: 'ReasonableAdjustmentRecorded',
      data: { adjustment: 'Large print letters', reviewOn: '2025-10-18' },
    });
    const [flag] = given(received()).when(c.vulnerability(), ctx).events();
    expect(flag?.type).toBe('VulnerabilityFlagged');
  });

  it('refuses a review date in the past', () => {
    expect(
      given(received())
        .when(c.adjustment({ reviewOn: '2025-01-01' }), contextOn('2025-04-18'))
        .refusal(),
    ).toBe('INVALID_COMMAND');
  });
});
