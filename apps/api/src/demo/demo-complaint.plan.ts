import type {
  ComplaintCommand,
  IssueDecision,
  LocalDate,
  Tenure,
  WorkingDayCalendar,
} from '@redress/complaints';
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
/** People who own remedies and improvements without handling complaints. */
const SERVICE_OWNERS = ['repairs-lead-faye', 'estates-lead-gus', 'income-lead-hana'];
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
  LEASEHOLD_SHARED_OWNERSHIP: ['Major works bill not explained', 'Staircasing valuation delayed'],
};
/** What closures teach, by category; some complaints teach nothing new (CHC 9.1 still asks). */
const LEARNING: Record<string, { learning: string; action: string }[]> = {
  PROPERTY_CONDITION: [
    {
      learning: 'Damp reports were logged as routine repairs',
      action: 'Triage damp and mould reports as priority inspections',
    },
    {
      learning: 'Contractor visits were not confirmed with residents',
      action: 'Text residents the day before every contractor visit',
    },
  ],
  ASB_NOISE: [
    {
      learning: 'Noise diaries were requested but never reviewed',
      action: 'Review noise diaries within 10 working days of receipt',
    },
  ],
  COMMUNICATION: [
    {
      learning: 'Call-backs were promised without an owner',
      action: 'Give every promised call-back an owner in the CRM',
    },
  ],
  CHARGES: [
    {
      learning: 'Service charge letters did not explain increases',
      action: 'Rewrite the annual service charge letter in plain English',
    },
  ],
  STAFF_CONDUCT: [
    {
      learning: 'Missed appointments were not reported to residents',
      action: 'Refresh customer-care training for the repairs team',
    },
  ],
  ESTATE_MANAGEMENT: [
    {
      learning: 'Communal lighting faults waited for the quarterly inspection',
      action: 'Add communal lighting to the weekly estate walkabout',
    },
  ],
  LEASEHOLD_SHARED_OWNERSHIP: [
    {
      learning: 'Major works consultation letters were hard to follow',
      action: 'Publish a major works guide for leaseholders and shared owners',
    },
  ],
};

function pickTenure(rnd: SeededRandom): Tenure {
  const r = rnd.next();
  return r < 0.88 ? 'LCRA' : r < 0.95 ? 'LCHO' : 'OTHER';
}

function pickDecision(rnd: SeededRandom, upheld: number, partly: number): IssueDecision {
  const r = rnd.next();
  return r < upheld ? 'UPHELD' : r < upheld + partly ? 'PARTLY_UPHELD' : 'NOT_UPHELD';
}

/**
 * One complaint's life as a list of dated commands, as a landlord's year looks: most answered
 * on time, some late or extended; upheld, partly upheld or not; remedies and service
 * improvements owned by the people who deliver them; a few escalated, a few not accepted or
 * withdrawn, and some taken to the Ombudsman, whose orders are not all complied with yet. Steps
 * after today are never played, so the current year has an open caseload.
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
  const tenure = pickTenure(rnd);
  add(receivedOn, rnd.pick(OFFICERS), {
    type: 'LogComplaint',
    channel: rnd.pick(CHANNELS),
    residentRef: `R-${rnd.between(1000, 1400)}`,
    propertyRef: `P-${rnd.between(100, 500)}`,
    description: rnd.pick(ISSUES[category]!),
    vulnerable: rnd.chance(0.12),
    tenure,
  });
  if (rnd.chance(0.03)) {
    // Section 2: already answered under an earlier complaint (CHC 2.2).
    add(day(receivedOn, rnd.between(1, 4)), handler, {
      type: 'DeclineComplaint',
      exclusionCode: 'PREVIOUSLY_CONSIDERED',
      explanation: 'The same matter was answered at Stage 2 earlier this year',
      evidence: 'Final response on file',
      ombudsmanRightsGiven: true,
    });
    return steps;
  }
  const ackOn = day(receivedOn, rnd.chance(0.85) ? rnd.between(1, 5) : rnd.between(6, 9));
  add(ackOn, handler, {
    type: 'AcknowledgeStage1',
    handlerId: handler,
    definition: {
      issues: [{ summary: rnd.pick(ISSUES[category]!) }],
      outcomesSought: ['Put it right'],
    },
  });
  if (rnd.chance(0.03)) {
    add(day(ackOn, rnd.between(1, 12)), handler, {
      type: 'WithdrawComplaint',
      reason: 'Resolved by the repairs team; the resident no longer wishes to complain',
    });
    return steps;
  }
  const due = day(ackOn, 10);
  let respondedOn = rnd.chance(0.8) ? day(ackOn, rnd.between(4, 10)) : day(due, rnd.between(1, 6));
  if (rnd.chance(0.15)) {
    // Extended within the timescale (CHC 6.4); the response then follows the notice. Now and
    // then beyond the cap, with a good reason recorded, answered after the cap.
    const notifiedOn = day(ackOn, rnd.between(5, 9));
    const beyondCap = rnd.chance(0.15);
    add(notifiedOn, handler, {
      type: 'ExtendDeadline',
      stage: 1,
      reason: 'Awaiting a contractor report',
      newDueOn: day(due, beyondCap ? rnd.between(13, 16) : rnd.between(3, 10)),
      ombudsmanDetailsGiven: true,
      goodReason: beyondCap
        ? 'Specialist structural survey booked for the earliest slot'
        : undefined,
    });
    respondedOn = beyondCap ? day(due, rnd.between(11, 13)) : day(notifiedOn, rnd.between(1, 8));
  }
  const decision1 = pickDecision(rnd, 0.4, 0.2);
  const upheld = decision1 !== 'NOT_UPHELD';
  const serviceOwner = rnd.pick(SERVICE_OWNERS);
  const remedies = upheld
    ? [
        {
          remedyType: 'APOLOGY' as const,
          description: 'Written apology',
          owner: handler,
          dueOn: day(respondedOn, 5),
        },
        ...(rnd.chance(0.4)
          ? [
              {
                remedyType: 'ACTION_ON_DELAY' as const,
                description: 'Complete the outstanding repair',
                owner: serviceOwner,
                dueOn: day(respondedOn, rnd.between(10, 30)),
              },
            ]
          : []),
      ]
    : [];
  add(respondedOn, handler, {
    type: 'IssueStage1Response',
    decisions: [
      { issueId: 'S1-I1', decision: decision1, reasons: 'Considered the repair history' },
    ],
    remedies,
    nextStepsGiven: true,
  });
  if (upheld && rnd.chance(0.95))
    add(day(respondedOn, rnd.between(1, 5)), handler, {
      type: 'CompleteAction',
      actionId: 'S1-R1',
      evidence: 'Letter sent',
    });
  if (remedies.length > 1 && rnd.chance(0.85))
    add(day(respondedOn, rnd.between(5, 35)), serviceOwner, {
      type: 'CompleteAction',
      actionId: 'S1-R2',
      evidence: 'Job completed and signed off',
    });
  let closures = 0;
  const close = (on: LocalDate, outcome: IssueDecision) => {
    closures++;
    const lesson = rnd.chance(0.45) ? undefined : rnd.pick(LEARNING[category]!);
    const owner = rnd.pick(SERVICE_OWNERS);
    const actionDue = day(on, rnd.between(20, 60));
    add(on, handler, {
      type: 'CloseComplaint',
      category,
      rootCause: rnd.pick(CHC_2024_POLICY.rootCauses),
      outcome,
      learning: lesson?.learning ?? NO_LEARNING_IDENTIFIED,
      learningActions: lesson ? [{ description: lesson.action, owner, dueOn: actionDue }] : [],
    });
    if (lesson && rnd.chance(0.85))
      add(day(on, rnd.between(10, 55)), owner, {
        type: 'CompleteAction',
        actionId: `L${closures}-1`,
        evidence: 'Change in place and reported to the complaints panel',
      });
  };
  if (!rnd.chance(0.12)) {
    close(day(respondedOn, rnd.between(6, 8)), decision1);
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
  const decision2 = pickDecision(rnd, 0.25, 0.25);
  add(final, lead, {
    type: 'IssueStage2Response',
    decisions: [
      {
        issueId: 'S2-I1',
        decision: decision2,
        reasons:
          decision2 === 'NOT_UPHELD'
            ? 'Stage 1 remedy was proportionate'
            : 'Stage 1 did not put things right in full',
      },
    ],
    remedies:
      decision2 === 'NOT_UPHELD'
        ? []
        : [
            {
              remedyType: 'FINANCIAL_REMEDY',
              description: 'Compensation for time and trouble',
              owner: 'income-lead-hana',
              amountPence: rnd.between(5, 40) * 1000,
              dueOn: day(final, 10),
            },
          ],
    nextStepsGiven: true,
  });
  if (decision2 !== 'NOT_UPHELD' && rnd.chance(0.8))
    add(day(final, rnd.between(2, 12)), 'income-lead-hana', {
      type: 'CompleteAction',
      actionId: 'S2-R1',
      evidence: 'Payment made',
    });
  close(day(final, 1), decision2);
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
      // Some orders are still open, and some of those are already overdue.
      if (rnd.chance(0.65))
        add(day(determinedOn, rnd.between(5, 25)), 'officer-asha', {
          type: 'RecordOrderCompliance',
          orderId: 'O1',
          evidence: 'Payment made',
        });
    }
  }
  return steps;
}
