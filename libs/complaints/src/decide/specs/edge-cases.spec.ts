import { defaultCalendar } from '../../calendar/working-day-calendar';
import { computeDeadlines } from '../../deadlines/compute-deadlines';
import { CHC_2024_POLICY } from '../../policy/chc-2024.policy';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';

describe('CHC 6.13: whoever issued the Stage 1 response considered it', () => {
  // In the canonical history alice handled Stage 1 and issued its response on 1 May 2025.
  it("the Stage 1 signer cannot take Stage 2, under the Code's own rule", () => {
    const signedByErin = HISTORIES['stage1.awaitingResponse']()
      .on('2025-05-01', c.respond1(), 'erin')
      .on('2025-05-06', c.requestEscalation()).events;
    expect(
      given(signedByErin)
        .when(c.acknowledge2({ handlerId: 'erin' }), contextOn('2025-05-08'))
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
  });

  it('the Stage 1 handler cannot issue the final response', () => {
    const open = HISTORIES['stage2.awaitingResponse']().events;
    expect(given(open).when(c.respond2(), contextOn('2025-05-20', 'alice')).refusal()).toBe(
      'STAGE2_HANDLER_CONFLICT',
    );
    expect(given(open).when(c.respond2(), contextOn('2025-05-20', 'bob')).events()).toHaveLength(1);
  });
});

describe('dates that would put the record out of order', () => {
  it('CHC 2.3: within 12 months of the resident becoming aware, the complaint must be accepted', () => {
    const received = HISTORIES.received().events;
    const late = c.decline({
      exclusionCode: 'OVER_12_MONTHS',
      issueOccurredOn: '2023-01-01',
      residentAwareOn: '2024-09-01',
      discretionConsidered: true,
      discretionNote: 'Considered',
    });
    expect(given(received).when(late, contextOn('2025-04-22')).refusal()).toBe(
      'EXCLUSION_NOT_APPLICABLE',
    );
  });

  it('CHC 2.2: a claim not yet filed at court is not legal proceedings', () => {
    const received = HISTORIES.received().events;
    const future = c.decline({
      exclusionCode: 'LEGAL_PROCEEDINGS',
      claimFiledAtCourtOn: '2025-06-01',
    });
    expect(given(received).when(future, contextOn('2025-04-22')).refusal()).toBe(
      'COURT_CLAIM_DATE_REQUIRED',
    );
  });

  it('a receipt instant without a zone is refused, since its date would depend on the server', () => {
    expect(
      given([])
        .when(c.log({ receivedAt: '2024-07-15T23:30:00' }), contextOn('2024-07-16'))
        .refusal(),
    ).toBe('INVALID_COMMAND');
  });

  it('a response cannot be back-dated before an extension already notified', () => {
    const extended = HISTORIES['stage1.awaitingResponse']().on(
      '2025-05-02',
      c.extend({ newDueOn: '2025-05-14' }),
    ).events;
    const early = c.respond1({ effectiveOn: '2025-04-25', backdateReason: 'Letter sent earlier' });
    expect(given(extended).when(early, contextOn('2025-05-06', 'alice')).refusal()).toBe(
      'DATE_BEFORE_PREVIOUS_STEP',
    );
  });

  it('an escalation that arrived before the Stage 1 closure was recorded keeps its own date', () => {
    const closed = HISTORIES['closed.afterStage1']().events; // responded 1 May, closed 2 May
    const arrived = c.requestEscalation({
      effectiveOn: '2025-05-01',
      backdateReason: 'Email on the day of the response',
    });
    expect(given(closed).when(arrived, contextOn('2025-05-06')).events()[0]?.data.effectiveOn).toBe(
      '2025-05-01',
    );
    const tooEarly = { ...arrived, effectiveOn: '2025-04-30' };
    expect(given(closed).when(tooEarly, contextOn('2025-05-06')).refusal()).toBe(
      'DATE_BEFORE_PREVIOUS_STEP',
    );
  });

  it('nothing is due before the complaint was received', () => {
    const record = HISTORIES.received().state.complaint!;
    expect(computeDeadlines(record, '2025-01-01', defaultCalendar(), CHC_2024_POLICY)).toEqual([]);
  });

  it('the Ombudsman makes one finding per issue', () => {
    const referred = HISTORIES['ombudsman.referred']().events;
    const twice = c.determination({
      findings: [
        { issue: 'Repairs', finding: 'MALADMINISTRATION' },
        { issue: 'repairs', finding: 'SERVICE_FAILURE' },
      ],
    });
    expect(given(referred).when(twice, contextOn('2025-10-01')).refusal()).toBe(
      'FINDINGS_REQUIRED',
    );
  });
});
