import type { Kysely } from 'kysely';
import {
  monthOf,
  quarterOf,
  reportingYearOf,
  within,
  type Period,
} from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { allFacts, type ComplaintFacts } from './complaint-facts';
import { percentage, percentile, receivedAtStage, type StageNo } from './stage-measures';

export type Granularity = 'month' | 'quarter' | 'year';
export const NOT_RECORDED = 'NOT_RECORDED';

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
  /** Stage 2 received as a share of Stage 1 received in the same period. */
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

export interface Trends {
  readonly granularity: Granularity;
  readonly periods: TrendPeriod[];
  /** Counts by period × stage × category × root cause × outcome (NOT_RECORDED where missing). */
  readonly breakdown: TrendBreakdownRow[];
  readonly repeatComplaints: { readonly byProperty: Repeat[]; readonly byResident: Repeat[] };
  readonly rootCauseCoverage: {
    readonly closed: number;
    readonly closedWithRootCause: number;
    readonly percentage: number | null;
  };
}

/**
 * Trend tables over the whole history or a window. Stage 1 complaints count in the period they
 * were received, Stage 2 in the period the escalation was requested; timings count where the
 * acknowledgement or response fell.
 */
export function computeTrends(
  facts: readonly ComplaintFacts[],
  granularity: Granularity,
  window?: Period,
): Trends {
  const bucket = bucketOf[granularity];
  const inWindow = (d: string | null): d is string => !!d && (!window || within(d, window));
  const all: Period = window ?? { label: 'all', from: '0000-01-01', to: '9999-12-31' };
  const periods = new Map<string, Mutable>();
  const at = (key: string) => periods.get(key) ?? periods.set(key, emptyPeriod()).get(key)!;
  const breakdown = new Map<string, number>();
  for (const f of facts) {
    for (const stage of [1, 2] as const) {
      const startedOn = stage === 1 ? f.received_on : f.escalation_requested_on;
      if (receivedAtStage(f, stage, all) && inWindow(startedOn)) {
        const p = at(bucket(startedOn));
        p.received[stage]++;
        const key = [
          bucket(startedOn),
          stage,
          f.category ?? NOT_RECORDED,
          f.root_cause ?? NOT_RECORDED,
          (stage === 1 ? f.s1_outcome : f.s2_outcome) ?? NOT_RECORDED,
        ].join('\u0000');
        breakdown.set(key, (breakdown.get(key) ?? 0) + 1);
      }
      const acked = stage === 1 ? f.s1_acknowledged_on : f.s2_acknowledged_on;
      const ackWd = stage === 1 ? f.s1_ack_wd : f.s2_ack_wd;
      if (inWindow(acked) && ackWd !== null) at(bucket(acked)).ack[stage].push(ackWd);
      const responded = stage === 1 ? f.s1_responded_on : f.s2_responded_on;
      const respondWd = stage === 1 ? f.s1_response_wd : f.s2_response_wd;
      if (inWindow(responded) && respondWd !== null) {
        const p = at(bucket(responded));
        p.respond[stage].push(respondWd);
        if ((stage === 1 ? f.s1_extensions : f.s2_extensions) > 0) p.extended[stage]++;
      }
    }
  }
  const closed = facts.filter((f) => inWindow(f.closed_on));
  const closedWithRootCause = closed.filter((f) => f.root_cause !== null).length;
  return {
    granularity,
    periods: [...periods.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, p]) => ({
        period,
        stage1Received: p.received[1],
        stage2Received: p.received[2],
        escalationRate: percentage(p.received[2], p.received[1]),
        stage1: timing(p, 1),
        stage2: timing(p, 2),
      })),
    breakdown: [...breakdown.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => {
        const [period, stage, category, rootCause, outcome] = key.split('\u0000') as string[];
        return {
          period: period!,
          stage: Number(stage) as StageNo,
          category: category!,
          rootCause: rootCause!,
          outcome: outcome!,
          count,
        };
      }),
    repeatComplaints: {
      byProperty: repeats(facts, (f) => f.property_ref, all, inWindow),
      byResident: repeats(facts, (f) => f.resident_ref, all, inWindow),
    },
    rootCauseCoverage: {
      closed: closed.length,
      closedWithRootCause,
      percentage: percentage(closedWithRootCause, closed.length),
    },
  };
}

export async function trends(
  db: Kysely<ReadModelDatabase>,
  granularity: Granularity,
  window?: Period,
): Promise<Trends> {
  return computeTrends(await allFacts(db), granularity, window);
}

interface Mutable {
  received: Record<StageNo, number>;
  ack: Record<StageNo, number[]>;
  respond: Record<StageNo, number[]>;
  extended: Record<StageNo, number>;
}

function emptyPeriod(): Mutable {
  return {
    received: { 1: 0, 2: 0 },
    ack: { 1: [], 2: [] },
    respond: { 1: [], 2: [] },
    extended: { 1: 0, 2: 0 },
  };
}

function timing(p: Mutable, stage: StageNo): StageTiming {
  return {
    acknowledged: p.ack[stage].length,
    acknowledgeMedianWorkingDays: percentile(p.ack[stage], 50),
    acknowledgeP90WorkingDays: percentile(p.ack[stage], 90),
    responded: p.respond[stage].length,
    respondMedianWorkingDays: percentile(p.respond[stage], 50),
    respondP90WorkingDays: percentile(p.respond[stage], 90),
    extensionsUsed: p.extended[stage],
  };
}

/** Properties or residents with more than one Stage 1 complaint in the window, most first. */
function repeats(
  facts: readonly ComplaintFacts[],
  refOf: (f: ComplaintFacts) => string | null,
  all: Period,
  inWindow: (d: string | null) => d is string,
): Repeat[] {
  const counts = new Map<string, number>();
  for (const f of facts) {
    const ref = refOf(f);
    if (ref && receivedAtStage(f, 1, all) && inWindow(f.received_on))
      counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n > 1)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([ref, complaints]) => ({ ref, complaints }));
}
