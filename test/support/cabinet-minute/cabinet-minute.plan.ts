import {
  addCalendarDays,
  CHANNELS,
  CHC_2022_POLICY,
  CHC_2024_POLICY,
  defaultCalendar,
  londonDateOf,
  NO_LEARNING_IDENTIFIED,
  type ComplaintCommand,
  type DeclineComplaint,
  type FindingRecord,
  type IssueDecision,
  type LocalDate,
  type RemedyInput,
  UPHELD_FINDINGS,
  type WorkingDayCalendar,
} from '@redress/complaints';
import { SeededRandom } from '../../../apps/api/src/demo/seeded-random';
import {
  MINUTE_YEARS,
  minuteYearOf,
  YEAR_BOUNDS,
  zeroPerYear,
  type MinuteYear,
  type PerYear,
} from './reporting-years';

export interface CabinetMinuteActor {
  readonly id: string;
  readonly role: 'officer' | 'manager';
}

/** One command, on the business day it was given, by whom. */
export interface CabinetMinuteStep {
  readonly on: LocalDate;
  readonly actor: CabinetMinuteActor;
  readonly command: ComplaintCommand;
}

type RefusalReason = 'LEGAL_PROCEEDINGS' | 'REQUEST_OUT_OF_TIME';

/** What becomes of one complaint. */
type Fate =
  | { readonly kind: 'declined'; readonly variant: number }
  | { readonly kind: 'stage1'; readonly close: boolean }
  | {
      readonly kind: 'escalated';
      readonly close: boolean;
      /** Which of the Ombudsman's determinations the case receives, if it goes there. */
      readonly ombudsman?: number;
    }
  | { readonly kind: 'escalationRefused'; readonly reason: RefusalReason };

/**
 * How each year's complaints end, chosen so that the figures come out as the minute states them.
 *
 * 2022/23: 349 answered at Stage 1 + 21 escalated + 1 escalation refused = 371 received; the old
 * system recorded no closure, so nothing has a root cause. 6 more were not accepted.
 *
 * 2023/24: 129 answered at Stage 1 and left open + 114 closed at Stage 1 + 39 escalated (22 left
 * open, 12 closed, 3 closed and then taken to the Ombudsman, 2 taken to the Ombudsman before the
 * landlord closed them) + 2 escalations refused = 284 received; 114 + 12 + 3 = 129 closed with a
 * root cause within the year. 9 more were not accepted.
 */
interface YearMix {
  readonly declined: number;
  readonly stage1Open: number;
  readonly stage1Closed: number;
  readonly escalatedOpen: number;
  readonly escalatedClosed: number;
  readonly escalatedClosedThenOmbudsman: number;
  readonly escalatedToOmbudsmanOpen: number;
  readonly escalationRefused: readonly RefusalReason[];
}

export const CABINET_MINUTE_MIX: Readonly<Record<MinuteYear, YearMix>> = {
  '2022/23': {
    declined: 6,
    stage1Open: 349,
    stage1Closed: 0,
    escalatedOpen: 21,
    escalatedClosed: 0,
    escalatedClosedThenOmbudsman: 0,
    escalatedToOmbudsmanOpen: 0,
    escalationRefused: ['LEGAL_PROCEEDINGS'],
  },
  '2023/24': {
    declined: 9,
    stage1Open: 129,
    stage1Closed: 114,
    escalatedOpen: 22,
    escalatedClosed: 12,
    escalatedClosedThenOmbudsman: 3,
    escalatedToOmbudsmanOpen: 2,
    escalationRefused: ['LEGAL_PROCEEDINGS', 'REQUEST_OUT_OF_TIME'],
  },
};

export const CABINET_MINUTE_SEED = 20241203;

/** The minute: three officers log complaints and route them to the teams. */
const LOGGING_OFFICERS = ['officer-amira', 'officer-bola', 'officer-cara'];
const CASE_OFFICERS = [
  'officer-dan',
  'officer-eve',
  'officer-femi',
  'officer-grace',
  'officer-hari',
  'officer-isla',
];
/** Stage 2 is reviewed by senior officers who never handle Stage 1 (CHC 6.13). */
const STAGE2_REVIEWERS = ['manager-jo', 'manager-kofi', 'manager-lena'];

/** Issue wording per category; every category of the policy in force has some. */
const ISSUES: Readonly<Record<string, readonly string[]>> = {
  PROPERTY_CONDITION: [
    'Damp and mould in the bedroom not treated',
    'Leaking roof still not repaired',
    'No heating or hot water for two weeks',
    'Repair appointment missed twice',
    'Mice in the kitchen after pest control visit',
  ],
  COMPLAINT_HANDLING: ['Earlier complaint not acknowledged', 'Complaint closed without a reply'],
  ASB_NOISE: ['Noise from the flat above at night', 'Anti-social behaviour in the stairwell'],
  HEALTH_AND_SAFETY: ['Fire door to the block does not close', 'Gas safety check overdue'],
  STAFF_CONDUCT: ['Contractor was rude on the visit', 'Officer did not attend the appointment'],
  COMMUNICATION: ['Calls and emails not returned', 'Letters sent to the wrong address'],
  RECORD_KEEPING: ['Repair history shows jobs never done', 'Vulnerability not on the record'],
  CHARGES: ['Service charge increase not explained', 'Rent account shows a payment missing'],
  ESTATE_MANAGEMENT: ['Communal lights broken for weeks', 'Bins not collected from the estate'],
  TENANCY_ALLOCATIONS: ['Transfer application not progressed', 'Succession request not answered'],
  LEASEHOLD_SHARED_OWNERSHIP: ['Major works bill not itemised', 'Lease extension query ignored'],
};
const CATEGORY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['PROPERTY_CONDITION', 40],
  ['COMMUNICATION', 10],
  ['COMPLAINT_HANDLING', 6],
  ['ASB_NOISE', 8],
  ['HEALTH_AND_SAFETY', 4],
  ['STAFF_CONDUCT', 7],
  ['RECORD_KEEPING', 3],
  ['CHARGES', 8],
  ['ESTATE_MANAGEMENT', 8],
  ['TENANCY_ALLOCATIONS', 4],
  ['LEASEHOLD_SHARED_OWNERSHIP', 2],
];
const ROOT_CAUSE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['CONTRACTOR_PERFORMANCE', 22],
  ['PROCESS_FAILURE', 16],
  ['COMMUNICATION', 18],
  ['RESOURCING_DELAY', 14],
  ['RECORD_KEEPING', 8],
  ['STAFF_BEHAVIOUR', 6],
  ['POLICY_GAP', 4],
  ['NO_FAULT_FOUND', 12],
];
const PROPERTY_SUBCATEGORIES = ['Repairs', 'Damp and mould', 'Leaks', 'Heating and hot water'];
const SECOND_ISSUES = ['Not kept informed of progress', 'Inconvenience and time off work'];
const LEARNING = [
  'Repairs reported twice now trigger a supervisor call-back',
  'Contractor reminded of appointment standards at the monthly review',
  'Letters checked against the tenancy record before sending',
  'Damp reports now get an inspection within 10 working days',
  'Raised at the senior officers review of complaints',
];
const DETERMINATIONS: readonly (readonly FindingRecord[])[] = [
  [
    { issue: 'Repairs', finding: 'MALADMINISTRATION' },
    { issue: 'Complaint handling', finding: 'SERVICE_FAILURE' },
  ],
  [{ issue: 'Damp and mould', finding: 'SEVERE_MALADMINISTRATION' }],
  [{ issue: 'Repairs', finding: 'NO_MALADMINISTRATION' }],
  [{ issue: 'Communication', finding: 'REDRESS' }],
  [
    { issue: 'Heating', finding: 'MALADMINISTRATION' },
    { issue: 'Record keeping', finding: 'NO_MALADMINISTRATION' },
  ],
];

/** A command before it is given its complaint id (distributes over the union). */
type Unaddressed<C> = C extends unknown ? Omit<C, 'complaintId'> : never;
type AddStep = (on: LocalDate, actor: string, command: Unaddressed<ComplaintCommand>) => void;
type DeclineDetails = Omit<DeclineComplaint, 'type' | 'complaintId'>;

interface PlannedComplaint {
  readonly steps: CabinetMinuteStep[];
  /** Dates that must fall in the reporting year for the minute's figures to hold. */
  readonly inYear: LocalDate[];
}

/**
 * Plans one complaint's life from its receipt: acknowledged in time or late, sometimes extended
 * (notified before the original date), answered in time or late, then declined, left open,
 * closed, escalated, refused Stage 2 or taken to the Ombudsman as its fate says.
 */
class ComplaintPlanner {
  constructor(
    private readonly rnd: SeededRandom,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  plan(id: string, receivedOn: LocalDate, fate: Fate): PlannedComplaint {
    const { rnd } = this;
    const steps: CabinetMinuteStep[] = [];
    const inYear: LocalDate[] = [];
    const add: AddStep = (on, actor, command) =>
      steps.push({
        on,
        actor: { id: actor, role: actor.startsWith('manager') ? 'manager' : 'officer' },
        command: { ...command, complaintId: id } as ComplaintCommand,
      });
    const day = (from: LocalDate, n: number) => this.calendar.addWorkingDays(from, n);

    const category = pickWeighted(rnd, CATEGORY_WEIGHTS);
    const wording = ISSUES[category]!;
    const logger = rnd.pick(LOGGING_OFFICERS);
    add(receivedOn, logger, {
      type: 'LogComplaint',
      channel: rnd.pick(CHANNELS),
      residentRef: `R-${rnd.between(10000, 16000)}`,
      propertyRef: `P-${rnd.between(1000, 7000)}`,
      description: rnd.pick(wording),
      vulnerable: rnd.chance(0.1),
      reasonableAdjustments: rnd.chance(0.05) ? ['Large print letters'] : undefined,
    });

    if (fate.kind === 'declined') {
      const on = day(receivedOn, rnd.between(1, 4));
      add(on, logger, { type: 'DeclineComplaint', ...this.exclusion(receivedOn, fate.variant) });
      inYear.push(on);
      return { steps, inYear };
    }

    const handler = rnd.pick(CASE_OFFICERS);
    const ackOn = day(receivedOn, rnd.chance(0.86) ? rnd.between(1, 5) : rnd.between(6, 9));
    const issues = [rnd.pick(wording), ...(rnd.chance(0.3) ? [rnd.pick(SECOND_ISSUES)] : [])];
    add(ackOn, handler, {
      type: 'AcknowledgeStage1',
      handlerId: handler,
      definition: {
        issues: issues.map((summary) => ({ summary })),
        outcomesSought: rnd.chance(0.5) ? ['Put it right'] : ['Put it right', 'Compensation'],
      },
    });
    const stage1 = this.respond(1, ackOn, handler, issues.length, add);

    if (fate.kind === 'stage1') {
      if (fate.close) {
        const on = day(stage1.on, rnd.between(3, 12));
        add(on, handler, this.closure(category, stage1.outcome, on));
        inYear.push(on);
      }
      return { steps, inYear };
    }

    if (fate.kind === 'escalationRefused') {
      const late = fate.reason === 'REQUEST_OUT_OF_TIME';
      // The policy window is 20 working days from the Stage 1 response.
      const requestedOn = day(stage1.on, late ? rnd.between(24, 35) : rnd.between(3, 12));
      add(requestedOn, rnd.pick(LOGGING_OFFICERS), { type: 'RequestEscalation' });
      const refusedOn = day(requestedOn, rnd.between(2, 5));
      const reviewer = rnd.pick(STAGE2_REVIEWERS);
      add(
        refusedOn,
        reviewer,
        late
          ? {
              type: 'RefuseEscalation',
              reasonCode: 'REQUEST_OUT_OF_TIME',
              explanation: 'Asked for a review seven weeks after the Stage 1 response',
              evidence: 'Stage 1 response letter and the date of the request',
              discretionConsidered: true,
              discretionNote: 'No reason given for the delay; no vulnerability on record',
              ombudsmanRightsGiven: true,
            }
          : {
              type: 'RefuseEscalation',
              reasonCode: 'LEGAL_PROCEEDINGS',
              explanation: 'The disrepair claim is now before the county court',
              evidence: 'Claim form N1 served on the council',
              claimFiledAtCourtOn: day(stage1.on, 1),
              ombudsmanRightsGiven: true,
            },
      );
      inYear.push(requestedOn, refusedOn);
      return { steps, inYear };
    }

    const requestedOn = day(stage1.on, rnd.between(2, 18));
    add(requestedOn, rnd.pick(LOGGING_OFFICERS), {
      type: 'RequestEscalation',
      residentReason: rnd.chance(0.6) ? 'The repair is still not done' : undefined,
    });
    inYear.push(requestedOn);
    const reviewer = rnd.pick(STAGE2_REVIEWERS);
    const ack2On = day(requestedOn, rnd.chance(0.85) ? rnd.between(1, 5) : rnd.between(6, 8));
    add(ack2On, reviewer, {
      type: 'AcknowledgeStage2',
      handlerId: reviewer,
      definition: {
        issues: [{ summary: 'Stage 1 outcome and remedy disputed' }],
        outcomesSought: ['Review of the Stage 1 decision'],
      },
    });
    const stage2 = this.respond(2, ack2On, reviewer, 1, add);
    let lastOn = stage2.on;
    if (fate.close) {
      lastOn = day(stage2.on, rnd.between(1, 6));
      add(lastOn, reviewer, this.closure(category, stage2.outcome, lastOn));
      inYear.push(lastOn);
    }
    if (fate.ombudsman !== undefined)
      this.ombudsman(day(lastOn, rnd.between(20, 60)), fate.ombudsman, add);
    return { steps, inYear };
  }

  /** A response with a decision on every issue, extended or late as it happens. */
  private respond(
    stage: 1 | 2,
    ackOn: LocalDate,
    handler: string,
    issueCount: number,
    add: AddStep,
  ): { on: LocalDate; outcome: IssueDecision } {
    const { rnd } = this;
    const day = (from: LocalDate, n: number) => this.calendar.addWorkingDays(from, n);
    const within = stage === 1 ? 10 : 20;
    // Every complaint here was received before 1 April 2024, under the 2022 Code's caps.
    const maxExtension = (stage === 1 ? CHC_2022_POLICY.stage1 : CHC_2022_POLICY.stage2)
      .maxExtension;
    const due = day(ackOn, within);
    let on: LocalDate;
    if (rnd.chance(stage === 1 ? 0.12 : 0.2)) {
      // CHC 6.4–6.5: notified before the original date, with reasons and the Ombudsman's details.
      const extension = rnd.between(3, maxExtension);
      add(day(ackOn, rnd.between(within - 5, within)), handler, {
        type: 'ExtendDeadline',
        stage,
        reason: rnd.pick(['Awaiting a surveyor report', 'Contractor records requested']),
        newDueOn: day(due, extension),
        ombudsmanDetailsGiven: true,
      });
      on = rnd.chance(0.85) ? day(due, rnd.between(1, extension)) : day(due, extension + 2);
    } else {
      on = rnd.chance(0.8)
        ? day(ackOn, rnd.between(stage === 1 ? 3 : 10, within))
        : day(due, rnd.between(1, 8));
    }
    const weights: readonly (readonly [IssueDecision, number])[] =
      stage === 1
        ? [
            ['UPHELD', 45],
            ['PARTLY_UPHELD', 15],
            ['NOT_UPHELD', 40],
          ]
        : [
            ['UPHELD', 30],
            ['PARTLY_UPHELD', 25],
            ['NOT_UPHELD', 45],
          ];
    const decisions = Array.from({ length: issueCount }, (_, i) => ({
      issueId: `S${stage}-I${i + 1}`,
      decision: pickWeighted(rnd, weights),
      reasons: rnd.pick([
        'Considered the repair history and the contractor notes',
        'Spoke to the resident and the officers involved',
        'The records show the appointments were kept',
      ]),
    }));
    const outcome = decisions.every((d) => d.decision === 'UPHELD')
      ? 'UPHELD'
      : decisions.every((d) => d.decision === 'NOT_UPHELD')
        ? 'NOT_UPHELD'
        : 'PARTLY_UPHELD';
    const remedies: RemedyInput[] = [];
    if (outcome !== 'NOT_UPHELD') {
      remedies.push({
        remedyType: 'APOLOGY',
        description: 'Written apology',
        owner: handler,
        dueOn: day(on, 5),
      });
      if (rnd.chance(0.35))
        remedies.push({
          remedyType: 'FINANCIAL_REMEDY',
          description: 'Compensation for time and trouble',
          owner: handler,
          dueOn: day(on, 10),
          amountPence: rnd.between(2, 30) * 2500,
        });
    }
    add(on, handler, {
      type: stage === 1 ? 'IssueStage1Response' : 'IssueStage2Response',
      decisions,
      remedies,
      nextStepsGiven: true,
    });
    remedies.forEach((_, i) => {
      if (rnd.chance(0.85))
        add(day(on, rnd.between(1, 12)), handler, {
          type: 'CompleteAction',
          actionId: `S${stage}-R${i + 1}`,
          evidence: i === 0 ? 'Letter sent' : 'Payment made to the rent account',
        });
    });
    return { on, outcome };
  }

  private closure(
    category: string,
    outcome: IssueDecision,
    on: LocalDate,
  ): Unaddressed<ComplaintCommand> {
    const { rnd } = this;
    const rootCause =
      outcome === 'NOT_UPHELD' && rnd.chance(0.6)
        ? 'NO_FAULT_FOUND'
        : pickWeighted(
            rnd,
            ROOT_CAUSE_WEIGHTS.filter(([c]) => c !== 'NO_FAULT_FOUND'),
          );
    const learnt = rootCause !== 'NO_FAULT_FOUND' && rnd.chance(0.7);
    return {
      type: 'CloseComplaint',
      category,
      subCategory: category === 'PROPERTY_CONDITION' ? rnd.pick(PROPERTY_SUBCATEGORIES) : undefined,
      rootCause,
      outcome,
      learning: learnt ? rnd.pick(LEARNING) : NO_LEARNING_IDENTIFIED,
      learningActions:
        learnt && rnd.chance(0.4)
          ? [
              {
                description: 'Brief the repairs team on the learning from this complaint',
                owner: rnd.pick(STAGE2_REVIEWERS),
                dueOn: this.calendar.addWorkingDays(on, rnd.between(20, 60)),
              },
            ]
          : [],
    };
  }

  /** Referred after the final response; determined months later, with orders where upheld. */
  private ombudsman(referredOn: LocalDate, variant: number, add: AddStep): void {
    const { rnd } = this;
    const day = (from: LocalDate, n: number) => this.calendar.addWorkingDays(from, n);
    const reference = `${referredOn.slice(0, 4)}${rnd.between(10000, 99999)}`;
    const caseworker = rnd.pick(LOGGING_OFFICERS);
    add(referredOn, caseworker, { type: 'RecordOmbudsmanReferral', ombudsmanReference: reference });
    const findings = DETERMINATIONS[variant % DETERMINATIONS.length]!;
    const determinedOn = day(referredOn, rnd.between(80, 160));
    add(determinedOn, caseworker, { type: 'RecordOmbudsmanDetermination', findings });
    const upheld = findings.filter((f) => UPHELD_FINDINGS.includes(f.finding));
    if (upheld.length === 0) return;
    const orders = [
      {
        orderType: 'COMPENSATION' as const,
        description: 'Compensation for distress and inconvenience',
        amountPence: upheld.length * rnd.between(3, 12) * 10000,
        dueOn: day(determinedOn, 20),
      },
      ...(findings.some((f) => f.finding === 'SEVERE_MALADMINISTRATION')
        ? [
            {
              orderType: 'POLICY_REVIEW' as const,
              description: 'Review the damp and mould policy and report to the Ombudsman',
              dueOn: day(determinedOn, 60),
            },
          ]
        : []),
    ];
    orders.forEach((order, i) => {
      add(determinedOn, caseworker, { type: 'RecordOmbudsmanOrder', ...order });
      if (i === 0 || rnd.chance(0.5))
        add(day(determinedOn, rnd.between(5, 18)), caseworker, {
          type: 'RecordOrderCompliance',
          orderId: `O${i + 1}`,
          evidence: i === 0 ? 'Payment made, remittance sent' : 'Review report sent',
        });
    });
  }

  /** Section 2 reasons, taken in turn: each is evidenced as the Code requires. */
  private exclusion(receivedOn: LocalDate, variant: number): DeclineDetails {
    switch (variant % 4) {
      case 0:
        return {
          exclusionCode: 'PREVIOUSLY_CONSIDERED',
          explanation: 'The same issue was answered at both stages last year',
          evidence: 'Final response letter on the earlier complaint',
          ombudsmanRightsGiven: true,
        };
      case 1:
        return {
          exclusionCode: 'LEGAL_PROCEEDINGS',
          explanation: 'A disrepair claim about the same issue is before the county court',
          evidence: 'Claim form N1',
          claimFiledAtCourtOn: addCalendarDays(receivedOn, -21),
          ombudsmanRightsGiven: true,
        };
      case 2:
        return {
          exclusionCode: 'OVER_12_MONTHS',
          explanation: 'The missed repair happened over a year and a half ago',
          evidence: 'Repair log and the resident’s own account',
          issueOccurredOn: shiftMonths(receivedOn, -18),
          discretionConsidered: true,
          discretionNote: 'No reason for the delay and no continuing effect; discretion not used',
          ombudsmanRightsGiven: true,
        };
      default:
        return {
          exclusionCode: 'OTHER_POLICY_EXCLUSION',
          explanation: 'A personal injury claim, passed to the insurer',
          evidence: 'Insurer acknowledgement',
          ombudsmanRightsGiven: true,
        };
    }
  }
}

/**
 * The whole data set: each year's complaints, received on working days spread over the year, in
 * the order the days happened. A complaint whose counted steps would fall outside its year is
 * given another receipt date. Seeded, so every run is the same.
 */
export function cabinetMinutePlan(
  options: { seed?: number; today?: LocalDate } = {},
): CabinetMinuteStep[] {
  const rnd = new SeededRandom(options.seed ?? CABINET_MINUTE_SEED);
  const calendar = defaultCalendar();
  const today = options.today ?? londonDateOf(new Date());
  const planner = new ComplaintPlanner(rnd, calendar);
  const steps: CabinetMinuteStep[] = [];
  for (const year of MINUTE_YEARS) {
    const days = workingDaysIn(year, calendar);
    for (const fate of shuffle(rnd, fatesOf(CABINET_MINUTE_MIX[year]))) {
      const id = uuidFrom(rnd);
      for (let attempt = 1; ; attempt++) {
        const planned = planner.plan(id, rnd.pick(days), fate);
        if (planned.inYear.every((d) => minuteYearOf(d) === year)) {
          steps.push(...planned.steps);
          break;
        }
        if (attempt === 200) throw new Error(`No receipt date in ${year} fits ${fate.kind}`);
      }
    }
  }
  const late = steps.find((s) => s.on > today);
  if (late) throw new Error(`The plan reaches ${late.on}, after today (${today})`);
  // Array.prototype.sort is stable: one complaint's steps on one day keep their order.
  return steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export interface CabinetMinuteSummary {
  /** Stage 1 complaints received (accepted) in each year. */
  readonly stage1: PerYear;
  /** Escalations requested in each year and not refused. */
  readonly escalated: PerYear;
  /** Complaints received in the year and closed in it with a root cause. */
  readonly rootCauses: PerYear;
  /** Complaints not accepted (CHC Section 2), by the date of the decision. */
  readonly declined: PerYear;
  /** Stage 2 requests refused, by the date of the refusal. */
  readonly refusedEscalations: PerYear;
  readonly complaints: number;
  readonly commands: number;
}

/** The figures the plan produces, counted from its commands. */
export function summarise(steps: readonly CabinetMinuteStep[]): CabinetMinuteSummary {
  const idsOf = (type: ComplaintCommand['type']) =>
    new Set(steps.filter((s) => s.command.type === type).map((s) => s.command.complaintId));
  const declinedIds = idsOf('DeclineComplaint');
  const refusedIds = idsOf('RefuseEscalation');
  const receivedIn = new Map(
    steps
      .filter((s) => s.command.type === 'LogComplaint')
      .map((s) => [s.command.complaintId, minuteYearOf(s.on)]),
  );
  const tally = (keep: (s: CabinetMinuteStep) => boolean, distinct = false) => {
    const perYear = zeroPerYear();
    const seen = new Set<string>();
    for (const s of steps) {
      const year = minuteYearOf(s.on);
      if (!year || !keep(s)) continue;
      if (distinct && seen.has(s.command.complaintId)) continue;
      seen.add(s.command.complaintId);
      perYear[year]++;
    }
    return perYear;
  };
  const is = (s: CabinetMinuteStep, type: ComplaintCommand['type']) => s.command.type === type;
  return {
    stage1: tally((s) => is(s, 'LogComplaint') && !declinedIds.has(s.command.complaintId)),
    escalated: tally((s) => is(s, 'RequestEscalation') && !refusedIds.has(s.command.complaintId)),
    rootCauses: tally(
      (s) =>
        is(s, 'CloseComplaint') && receivedIn.get(s.command.complaintId) === minuteYearOf(s.on),
      true,
    ),
    declined: tally((s) => is(s, 'DeclineComplaint')),
    refusedEscalations: tally((s) => is(s, 'RefuseEscalation')),
    complaints: receivedIn.size,
    commands: steps.length,
  };
}

function fatesOf(mix: YearMix): Fate[] {
  const times = (n: number, fate: Fate) => Array.from({ length: n }, () => fate);
  return [
    ...Array.from({ length: mix.declined }, (_, variant): Fate => ({ kind: 'declined', variant })),
    ...times(mix.stage1Open, { kind: 'stage1', close: false }),
    ...times(mix.stage1Closed, { kind: 'stage1', close: true }),
    ...times(mix.escalatedOpen, { kind: 'escalated', close: false }),
    ...times(mix.escalatedClosed, { kind: 'escalated', close: true }),
    ...Array.from({ length: mix.escalatedClosedThenOmbudsman }, (_, i): Fate => ({
      kind: 'escalated',
      close: true,
      ombudsman: i,
    })),
    ...Array.from({ length: mix.escalatedToOmbudsmanOpen }, (_, i): Fate => ({
      kind: 'escalated',
      close: false,
      ombudsman: mix.escalatedClosedThenOmbudsman + i,
    })),
    ...mix.escalationRefused.map((reason): Fate => ({ kind: 'escalationRefused', reason })),
  ];
}

function workingDaysIn(year: MinuteYear, calendar: WorkingDayCalendar): LocalDate[] {
  const days: LocalDate[] = [];
  const { from, to } = YEAR_BOUNDS[year];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  return days;
}

function shuffle<T>(rnd: SeededRandom, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function pickWeighted<T>(rnd: SeededRandom, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((n, [, w]) => n + w, 0);
  let at = rnd.next() * total;
  for (const [item, w] of weighted) if ((at -= w) < 0) return item;
  return weighted[weighted.length - 1]![0];
}

function shiftMonths(date: LocalDate, months: number): LocalDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

function uuidFrom(rnd: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Every policy category has issue wording (a category added to the policy needs some). */
for (const category of CHC_2024_POLICY.categories) {
  if (!ISSUES[category]) throw new Error(`No issue wording for category ${category}`);
}
