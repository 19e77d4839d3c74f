import { sql, type Kysely } from 'kysely';
import { spanning, type Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { percentage } from '../queries/figures';
import {
  acknowledgedAt,
  acknowledgedInTime,
  and,
  column,
  or,
  countAll,
  extended,
  orNotRecorded,
  receivedAt,
  respondedAt,
  respondedInTime,
  tallyBy,
  tallyEachBy,
  within,
  type Condition,
} from '../queries/sql-measures';

export interface YearOnYear {
  readonly current: number;
  readonly previous: number;
  readonly change: number;
  /** Change as a share of the previous year, one decimal place; null when there was none. */
  readonly changePercent: number | null;
}

export interface Compared {
  readonly current: number | null;
  readonly previous: number | null;
}
export interface CountRow {
  readonly key: string;
  readonly current: number;
  readonly previous: number;
}

export interface RootCauseCoverage {
  readonly recorded: number;
  readonly stage1Received: number;
  readonly percentOfStage1: number | null;
  /** The minute does not say which denominator it used, so both are given (domain doc §10). */
  readonly stage1AndStage2Received: number;
  readonly percentOfStage1AndStage2: number | null;
}

export interface StageTimeliness {
  /** How many were acknowledged, and responded to, in each period: the shares' denominators. */
  readonly acknowledged: Compared;
  readonly responded: Compared;
  readonly acknowledgedInTime: Compared;
  readonly respondedInTime: Compared;
  readonly responsesWithExtension: Compared;
}

/** Volumes, timeliness and themes of one period beside another (CHC 8.1, 9.7(a)–(b)). */
export interface PeriodComparison {
  readonly volumes: {
    readonly stage1: YearOnYear;
    readonly stage2: YearOnYear;
    /**
     * Of the Stage 1 complaints made in the period, the share taken to Stage 2 (whenever asked):
     * a cohort, so it cannot pass 100%.
     */
    readonly escalationRate: Compared;
    /** The numerators behind the rate: Stage 1 complaints of each period later escalated. */
    readonly escalated: Compared;
  };
  readonly timeliness: Readonly<Record<'stage1' | 'stage2', StageTimeliness>>;
  readonly outcomes: Readonly<Record<'stage1' | 'stage2', CountRow[]>>;
  readonly categories: CountRow[];
  readonly rootCauses: CountRow[];
  readonly rootCauseCoverage: {
    readonly current: RootCauseCoverage;
    readonly previous: RootCauseCoverage;
  };
  /** CHC 8.1(b): complaints refused, by type. */
  readonly refused: { readonly notAccepted: CountRow[]; readonly escalationRefused: CountRow[] };
}

/** The Stage 1 complaints of a period later taken to Stage 2: the escalation rate's numerator. */
export const escalatedFrom = (p: Period): Condition =>
  and(
    receivedAt(1, p),
    sql`escalation_requested_on is not null`,
    sql`escalation_refused_on is null`,
  );

/**
 * Every count above implies one of these: a complaint received, escalated, acknowledged or
 * answered in the period. Given as the scan's filter, the dates' indexes pass over the rest (a
 * month's counts need not read two and a half years of complaints); the counts are the same.
 */
const datedWithin = (p: Period): Condition[] => [
  receivedAt(1, p),
  receivedAt(2, p),
  acknowledgedAt(1, p),
  acknowledgedAt(2, p),
  respondedAt(1, p),
  respondedAt(2, p),
];

/**
 * The annual report's volumes, timeliness and themes for any two periods, so the report and the
 * dashboard count them one way. Every count for both periods in one scan of the complaints.
 */
export async function comparePeriods(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  previous: Period,
  beyondCap: boolean,
): Promise<PeriodComparison> {
  const ext = beyondCap;
  const both = (name: string, f: (p: Period) => Condition) =>
    ({ [`${name}Current`]: f(period), [`${name}Previous`]: f(previous) }) as Record<
      string,
      Condition
    >;
  const n = await countAll(
    db,
    {
      ...both('received1', (p) => receivedAt(1, p)),
      ...both('received2', (p) => receivedAt(2, p)),
      ...both('acked1', (p) => acknowledgedAt(1, p)),
      ...both('ackedInTime1', (p) => and(acknowledgedAt(1, p), acknowledgedInTime(1))),
      ...both('acked2', (p) => acknowledgedAt(2, p)),
      ...both('ackedInTime2', (p) => and(acknowledgedAt(2, p), acknowledgedInTime(2))),
      ...both('responded1', (p) => respondedAt(1, p)),
      ...both('inTime1', (p) => and(respondedAt(1, p), respondedInTime(1, ext))),
      ...both('extended1', (p) => and(respondedAt(1, p), extended(1))),
      ...both('responded2', (p) => respondedAt(2, p)),
      ...both('inTime2', (p) => and(respondedAt(2, p), respondedInTime(2, ext))),
      ...both('extended2', (p) => and(respondedAt(2, p), extended(2))),
      ...both('escalated1', escalatedFrom),
      ...both('rootCause', (p) => and(receivedAt(1, p), sql`root_cause is not null`)),
    },
    'rm_complaints',
    or(...datedWithin(spanning([period, previous]))),
  );
  const pair = (name: string): Compared => ({
    current: n[`${name}Current`]!,
    previous: n[`${name}Previous`]!,
  });
  const share = (part: string, whole: string): Compared => ({
    current: percentage(n[`${part}Current`]!, n[`${whole}Current`]!),
    previous: percentage(n[`${part}Previous`]!, n[`${whole}Previous`]!),
  });
  const coverage = (when: 'Current' | 'Previous'): RootCauseCoverage => {
    const recorded = n[`rootCause${when}`]!;
    const stage1 = n[`received1${when}`]!;
    const both12 = stage1 + n[`received2${when}`]!;
    return {
      recorded,
      stage1Received: stage1,
      percentOfStage1: percentage(recorded, stage1),
      stage1AndStage2Received: both12,
      percentOfStage1AndStage2: percentage(recorded, both12),
    };
  };
  const [outcomes1, outcomes2, { categories, rootCauses }, notAccepted, escalationRefused] =
    await Promise.all([
      tallyBy(db, column('s1_outcome'), respondedAt(1, period), respondedAt(1, previous)),
      tallyBy(db, column('s2_outcome'), respondedAt(2, period), respondedAt(2, previous)),
      // Categories and root causes are of the same complaints: one scan for both.
      tallyEachBy(
        db,
        { categories: orNotRecorded('category'), rootCauses: orNotRecorded('root_cause') },
        receivedAt(1, period),
        receivedAt(1, previous),
      ),
      tallyBy(
        db,
        column('exclusion_code'),
        within('not_accepted_on', period),
        within('not_accepted_on', previous),
      ),
      tallyBy(
        db,
        column('escalation_refusal_code'),
        within('escalation_refused_on', period),
        within('escalation_refused_on', previous),
      ),
    ]);
  return {
    volumes: {
      stage1: yearOnYear(n.received1Current!, n.received1Previous!),
      stage2: yearOnYear(n.received2Current!, n.received2Previous!),
      escalationRate: share('escalated1', 'received1'),
      escalated: pair('escalated1'),
    },
    timeliness: {
      stage1: {
        acknowledged: pair('acked1'),
        responded: pair('responded1'),
        acknowledgedInTime: share('ackedInTime1', 'acked1'),
        respondedInTime: share('inTime1', 'responded1'),
        responsesWithExtension: pair('extended1'),
      },
      stage2: {
        acknowledged: pair('acked2'),
        responded: pair('responded2'),
        acknowledgedInTime: share('ackedInTime2', 'acked2'),
        respondedInTime: share('inTime2', 'responded2'),
        responsesWithExtension: pair('extended2'),
      },
    },
    outcomes: { stage1: outcomes1, stage2: outcomes2 },
    categories,
    rootCauses,
    rootCauseCoverage: { current: coverage('Current'), previous: coverage('Previous') },
    refused: { notAccepted, escalationRefused },
  };
}

export function yearOnYear(current: number, previous: number): YearOnYear {
  return {
    current,
    previous,
    change: current - previous,
    changePercent: percentage(current - previous, previous),
  };
}
