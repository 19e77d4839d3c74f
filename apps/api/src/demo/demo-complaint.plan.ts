import type { ComplaintCommand, LocalDate, WorkingDayCalendar } from '@redress/complaints';
import { CHC_2024_POLICY, CHANNELS, NO_LEARNING_IDENTIFIED } from '@redress/complaints';
import type { SeededRandom } from './seeded-random';

export interface PlannedStep {
  readonly on: LocalDate;
  readonly actor: string;
  readonly command: ComplaintCommand;
}

/** A command before it is given its complaint id (distributes over the union). */
type Unaddressed<C> = C extends unknown ? Omit<C, 'complaintId'> : never;

const OFFICERS = ['officer-asha', 'officer-ben', 'officer-chloe'];
const STAGE2_LEADS = ['manager-dev', 'manager-ede'];
const ISSUES: Record<string, string[]> = {
  PROPERTY_CONDITION: [
    'Damp and mould in the bedroom',
    'Leaking roof not repaired',
    'No heating for two weeks',
  ],
  ASB_NOISE: ['Noise from the flat above at night', 'Anti-social behaviour in the stairwell'],
  COMMUNICATION: ['Calls not returned', 'Letters sent to the wrong address'],
  CHARGES: ['Service charge increase not explained', 'Rent account shows a payment missing'],
  STAFF_CONDUCT: ['Rude contractor', 'Officer did not attend the appointment'],
  ESTATE_MANAGEMENT: ['Communal lights broken', 'Bins not collected from the estate'],
};

/**
 * One complaint's life as a list of dated commands: acknowledged on time or late, sometimes
 * extended, upheld or not, sometimes escalated and, rarely, taken to the Ombudsman.
 */
export function planComplaint(
  id: string,
  receivedOn: LocalDate,
  rnd: SeededRandom,
  calendar: WorkingDayCalendar,
): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const add = (on: LocalDate, actor: string, command: Unaddressed<ComplaintCommand>) =>
    steps.push({ on, actor, command: { ...command, complaintId: id } as ComplaintCommand });
  const day = (from: LocalDate, n: number) => calendar.addWorkingDays(from, n);
  const category = rnd.pick(Object.keys(ISSUES));
  const handler = rnd.pick(OFFICERS);
  add(receivedOn, rnd.pick(OFFICERS), {
    type: 'LogComplaint',
    channel: rnd.pick(CHANNELS),
    residentRef: `R-${rnd.between(1000, 1400)}`,
    propertyRef: `P-${rnd.between(100, 500)}`,
    description: rnd.pick(ISSUES[category]!),
    vulnerable: rnd.chance(0.12),
  });
  const ackOn = day(receivedOn, rnd.chance(0.85) ? rnd.between(1, 5) : rnd.between(6, 9));
  add(ackOn, handler, {
    type: 'AcknowledgeStage1',
    handlerId: handler,
    definition: {
      issues: [{ summary: rnd.pick(ISSUES[category]!) }],
      outcomesSought: ['Put it right'],
    },
  });
  const due = day(ackOn, 10);
  let respondedOn = rnd.chance(0.8) ? day(ackOn, rnd.between(4, 10)) : day(due, rnd.between(1, 6));
  if (rnd.chance(0.15)) {
    // Extended within the timescale (CHC 6.4); the response then follows the notice.
    const notifiedOn = day(ackOn, rnd.between(5, 9));
    add(notifiedOn, handler, {
      type: 'ExtendDeadline',
      stage: 1,
      reason: 'Awaiting a contractor report',
      newDueOn: day(due, rnd.between(3, 10)),
      ombudsmanDetailsGiven: true,
    });
    respondedOn = day(notifiedOn, rnd.between(1, 8));
  }
  const upheld = rnd.chance(0.55);
  const remedies = upheld
    ? [
        {
          remedyType: 'APOLOGY' as const,
          description: 'Written apology',
          owner: handler,
          dueOn: day(respondedOn, 5),
        },
      ]
    : [];
  add(respondedOn, handler, {
    type: 'IssueStage1Response',
    decisions: [
      {
        issueId: 'S1-I1',
        decision: upheld ? 'UPHELD' : 'NOT_UPHELD',
        reasons: 'Considered the repair history',
      },
    ],
    remedies,
    nextStepsGiven: true,
  });
  if (upheld && rnd.chance(0.9))
    add(day(respondedOn, rnd.between(1, 5)), handler, {
      type: 'CompleteAction',
      actionId: 'S1-R1',
      evidence: 'Letter sent',
    });
  const close = (on: LocalDate, outcome: 'UPHELD' | 'NOT_UPHELD') =>
    add(on, handler, {
      type: 'CloseComplaint',
      category,
      rootCause: rnd.pick(CHC_2024_POLICY.rootCauses),
      outcome,
      learning: rnd.chance(0.6) ? NO_LEARNING_IDENTIFIED : 'Shared with the repairs team',
    });
  if (!rnd.chance(0.12)) {
    close(day(respondedOn, rnd.between(6, 8)), upheld ? 'UPHELD' : 'NOT_UPHELD');
    return steps;
  }
  const requestedOn = day(respondedOn, rnd.between(6, 15));
  add(requestedOn, 'officer-asha', { type: 'RequestEscalation' });
  const lead = rnd.pick(STAGE2_LEADS);
  const ack2 = day(requestedOn, rnd.between(1, 6));
  add(ack2, lead, {
    type: 'AcknowledgeStage2',
    handlerId: lead,
    definition: { issues: [{ summary: 'Stage 1 outcome disputed' }], outcomesSought: ['Review'] },
  });
  const final = day(ack2, rnd.between(8, 24));
  add(final, lead, {
    type: 'IssueStage2Response',
    decisions: [
      { issueId: 'S2-I1', decision: 'NOT_UPHELD', reasons: 'Stage 1 remedy was proportionate' },
    ],
    nextStepsGiven: true,
  });
  close(day(final, 1), upheld ? 'UPHELD' : 'NOT_UPHELD');
  if (rnd.chance(0.3)) {
    const referred = day(final, rnd.between(20, 60));
    add(referred, 'officer-asha', {
      type: 'RecordOmbudsmanReferral',
      ombudsmanReference: `HOS-${rnd.between(200000, 299999)}`,
    });
    const determinedOn = day(referred, rnd.between(40, 120));
    const finding = rnd.pick([
      'MALADMINISTRATION',
      'SERVICE_FAILURE',
      'NO_MALADMINISTRATION',
      'SEVERE_MALADMINISTRATION',
      'REDRESS',
    ] as const);
    add(determinedOn, 'officer-asha', {
      type: 'RecordOmbudsmanDetermination',
      findings: [{ issue: 'Repairs', finding }],
    });
    if (finding !== 'NO_MALADMINISTRATION' && finding !== 'REDRESS') {
      add(determinedOn, 'officer-asha', {
        type: 'RecordOmbudsmanOrder',
        orderType: 'COMPENSATION',
        description: 'Compensation for distress and inconvenience',
        amountPence: rnd.between(1, 10) * 10000,
        dueOn: day(determinedOn, 20),
      });
      if (rnd.chance(0.8))
        add(day(determinedOn, rnd.between(5, 25)), 'officer-asha', {
          type: 'RecordOrderCompliance',
          orderId: 'O1',
          evidence: 'Payment made',
        });
    }
  }
  return steps;
}
