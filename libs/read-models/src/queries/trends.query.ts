import { sql, type Kysely } from 'kysely';
import {
  ALL_TIME,
  monthOf,
  quarterOf,
  reportingYearOf,
  type Period,
} from '../periods/reporting-period';
import { yearMonthOf } from '../schema/dialect';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { percentage, percentile } from './figures';
import { and, countAll, NOT_RECORDED, receivedAt, within, type StageNo } from './sql-measures';

export type Granularity = 'month' | 'quarter' | 'year';
export { NOT_RECORDED };

const bucketOf: Record<Granularity, (date: string) => string> = {
  month: monthOf,
  quarter: quarterOf,
  year: reportingYearOf,
};

export interface StageTiming {
  readonly acknowledged: number;
  readonly acknowledgeMedianWorkingDays: number | null;
  readonly acknowledgeP90WorkingDays: number | null;
  readonly responded: number;
  readonly respondMedianWorkingDays: number | null;
  readonly respondP90WorkingDays: number | null;
  readonly extensionsUsed: number;
}

export interface TrendPeriod {
  readonly period: string;
  readonly stage1Received: number;
  readonly stage2Received: number;
  /**
   * Of the Stage 1 complaints received in the period, the share later taken to Stage 2
   * (whenever asked, not refused): a cohort, so it cannot pass 100%.
   */
  readonly escalationRate: number | null;
  readonly stage1: StageTiming;
  readonly stage2: StageTiming;
}

export interface TrendBreakdownRow {
  readonly period: string;
  readonly stage: StageNo;
  readonly category: string;
  readonly rootCause: string;
  readonly outcome: string;
  readonly count: number;
}

export interface Repeat {
  readonly ref: string;
  readonly complaints: number;
}

/** The properties (or residents) complaining more than once: how many, and the top of the list. */
export interface Repeats {
  readonly count: number;
  /** At most REPEATS_LISTED, most complaints first. */
  readonly top: Repeat[];
}

export const REPEATS_LISTED = 100;

export interface Trends {
  readonly granularity: Granularity;
  readonly periods: TrendPeriod[];
  /** Counts by period × stage × category × root cause × outcome (NOT_RECORDED where missing). */
  readonly breakdown: TrendBreakdownRow[];
  readonly repeatComplaints: { readonly byProperty: Repeats; readonly byResident: Repeats };
  readonly rootCauseCoverage: {
    readonly closed: number;
    readonly closedWithRootCause: number;
    readonly percentage: number | null;
  };
}

/**
 * Trend tables over the whole history or a window, grouped by month in the database and rolled
 * up to quarters or years here. Stage 1 complaints count in the month they were received, Stage 2
 * in the month the escalation was asked for; timings count where the acknowledgement or response
 * fell.
 */
export async function trends(
  db: Kysely<ReadModelDatabase>,
  granularity: Granularity,
  window: Period = ALL_TIME,
): Promise<Trends> {
  const breakdown = new Map<string, number>();
  const periods = await countPeriods(db, granularity, window, breakdown);
  const coverage = await countAll(db, {
    closed: within('closed_on', window),
    closedWithRootCause: and(within('closed_on', window), sql`root_cause is not null`),
  });
  return {
    granularity,
    periods,
    breakdown: [...breakdown.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => {
        const [period, stage, category, rootCause, outcome] = key.split('\u0000') as [
          string,
          string,
          string,
          string,
          string,
        ];
        return { period, stage: Number(stage) as StageNo, category, rootCause, outcome, count };
      }),
    repeatComplaints: {
      byProperty: await repeatComplaints(db, 'property_ref', window),
      byResident: await repeatComplaints(db, 'resident_ref', window),
    },
    rootCauseCoverage: {
      ...coverage,
      percentage: percentage(coverage.closedWithRootCause, coverage.closed),
    },
  };
}

/**
 * The trend tables' periods alone (volumes, escalation and timings), counted as `trends` counts
 * them, for a view that shows no breakdown, repeats or coverage (the dashboard's months).
 */
export function trendPeriods(
  db: Kysely<ReadModelDatabase>,
  granularity: Granularity,
  window: Period,
): Promise<TrendPeriod[]> {
  return countPeriods(db, granularity, window);
}

/** The periods; with `breakdown`, the counts by category, root cause and outcome go into it. */
async function countPeriods(
  db: Kysely<ReadModelDatabase>,
  granularity: Granularity,
  window: Period,
  breakdown?: Map<string, number>,
): Promise<TrendPeriod[]> {
  const bucket = (month: string) => bucketOf[granularity](`${month}-01`);
  const periods = new Map<string, Mutable>();
  const at = (month: string) => {
    const key = bucket(month);
    return periods.get(key) ?? periods.set(key, emptyPeriod()).get(key)!;
  };
  for (const stage of [1, 2] as const) {
    for (const r of await stageBreakdown(db, stage, window, breakdown !== undefined)) {
      at(r.month).received[stage] += Number(r.n);
      at(r.month).escalated += Number(r.escalated);
      if (!breakdown) continue;
      const key = [bucket(r.month), stage, r.category, r.root_cause, r.outcome].join('\u0000');
      breakdown.set(key, (breakdown.get(key) ?? 0) + Number(r.n));
    }
    for (const r of await timings(db, stage, 'acknowledged_on', 'ack_wd', window)) {
      const p = at(r.month).ack[stage];
      p.set(r.wd, (p.get(r.wd) ?? 0) + Number(r.n));
    }
    for (const r of await timings(db, stage, 'responded_on', 'response_wd', window)) {
      const p = at(r.month);
      p.respond[stage].set(r.wd, (p.respond[stage].get(r.wd) ?? 0) + Number(r.n));
      p.extended[stage] += Number(r.extended);
    }
  }
  return [...periods.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, p]) => ({
      period,
      stage1Received: p.received[1],
      stage2Received: p.received[2],
      escalationRate: percentage(p.escalated, p.received[1]),
      stage1: timing(p, 1),
      stage2: timing(p, 2),
    }));
}

/** Received and escalated by month; `detail` splits them by category, root cause and outcome too. */
function stageBreakdown(
  db: Kysely<ReadModelDatabase>,
  stage: StageNo,
  window: Period,
  detail: boolean,
) {
  const started = stage === 1 ? sql.ref('received_on') : sql.ref('escalation_requested_on');
  // Without the detail the three are not read, and the months are grouped alone.
  const orNot = (c: string) =>
    detail ? sql<string>`coalesce(${sql.ref(c)}, ${NOT_RECORDED})` : sql<string>`null`;
  return db
    .selectFrom('rm_complaints')
    .select([
      yearMonthOf(started).as('month'),
      orNot('category').as('category'),
      orNot('root_cause').as('root_cause'),
      orNot(`s${stage}_outcome`).as('outcome'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when ${stage === 1 ? sql`escalation_requested_on is not null and escalation_refused_on is null` : sql`1 = 0`} then 1 else 0 end)`.as(
        'escalated',
      ),
    ])
    .where(receivedAt(stage, window))
    .groupBy(detail ? [sql`1`, sql`2`, sql`3`, sql`4`] : [sql`1`])
    .execute();
}

/** Working days taken, as a histogram per month of the step. */
function timings(
  db: Kysely<ReadModelDatabase>,
  stage: StageNo,
  dated: string,
  days: string,
  window: Period,
) {
  const on = sql.ref(`s${stage}_${dated}`);
  const wd = sql.ref(`s${stage}_${days}`);
  return db
    .selectFrom('rm_complaints')
    .select([
      yearMonthOf(on).as('month'),
      sql<number>`${wd}`.as('wd'),
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when ${sql.ref(`s${stage}_extensions`)} > 0 then 1 else 0 end)`.as(
        'extended',
      ),
    ])
    .where(and(within(`s${stage}_${dated}` as 'received_on', window), sql`${wd} is not null`))
    .groupBy([sql`1`, sql`2`])
    .execute();
}

/** Properties or residents with more than one Stage 1 complaint in the window, most first. */
export async function repeatComplaints(
  db: Kysely<ReadModelDatabase>,
  ref: 'property_ref' | 'resident_ref',
  window: Period,
): Promise<Repeats> {
  const grouped = db
    .selectFrom('rm_complaints')
    .select([sql<string>`${sql.ref(ref)}`.as('ref'), sql<number>`count(*)`.as('n')])
    .where(receivedAt(1, window))
    .where(ref, 'is not', null)
    .groupBy(ref)
    .having(sql<boolean>`count(*) > 1`);
  // One scan: the number of repeated refs is counted over every group before the limit applies.
  const top = await db
    .selectFrom(grouped.as('g'))
    .select(['ref', 'n', sql<number>`count(*) over ()`.as('groups')])
    .orderBy('n', 'desc')
    .orderBy('ref')
    .limit(REPEATS_LISTED)
    .execute();
  const count = top[0]?.groups ?? 0;
  return { count: Number(count), top: top.map((r) => ({ ref: r.ref, complaints: Number(r.n) })) };
}

interface Mutable {
  received: Record<StageNo, number>;
  /** Stage 1 complaints of the period later taken to Stage 2. */
  escalated: number;
  ack: Record<StageNo, Map<number, number>>;
  respond: Record<StageNo, Map<number, number>>;
  extended: Record<StageNo, number>;
}

function emptyPeriod(): Mutable {
  return {
    received: { 1: 0, 2: 0 },
    escalated: 0,
    ack: { 1: new Map(), 2: new Map() },
    respond: { 1: new Map(), 2: new Map() },
    extended: { 1: 0, 2: 0 },
  };
}

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function timing(p: Mutable, stage: StageNo): StageTiming {
  return {
    acknowledged: sum(p.ack[stage]),
    acknowledgeMedianWorkingDays: percentile(p.ack[stage], 50),
    acknowledgeP90WorkingDays: percentile(p.ack[stage], 90),
    responded: sum(p.respond[stage]),
    respondMedianWorkingDays: percentile(p.respond[stage], 50),
    respondP90WorkingDays: percentile(p.respond[stage], 90),
    extensionsUsed: p.extended[stage],
  };
}
