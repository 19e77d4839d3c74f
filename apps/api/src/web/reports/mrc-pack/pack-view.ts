import { nameOf } from '@redress/complaints';
import {
  monthOf,
  quarterOf,
  reportingYearOf,
  type Granularity,
  type OmbudsmanSummary,
  type TrendBreakdownRow,
  type Trends,
} from '@redress/read-models';
import type { PackPeriod } from './mrc-period';

const BUCKET: Record<Granularity, (date: string) => string> = {
  month: monthOf,
  quarter: quarterOf,
  year: reportingYearOf,
};

/**
 * The pack's tables from the trends report's own rows: nothing is counted here, the rows of the
 * period (and the one before it) are looked up and, for categories, root causes and outcomes,
 * the trends breakdown is added up across the other columns.
 */
export function issuesAndTrends(pack: PackPeriod, compared: Trends) {
  const current = BUCKET[pack.kind](pack.period.from);
  const previous = BUCKET[pack.kind](pack.previous.from);
  const row = (key: string) => compared.periods.find((p) => p.period === key);
  const figure = (key: string, pick: (p: NonNullable<ReturnType<typeof row>>) => number | null) => {
    const p = row(key);
    return p ? pick(p) : 0;
  };
  const measure = (name: string, pick: Parameters<typeof figure>[1]) => ({
    name,
    previous: figure(previous, pick),
    current: figure(current, pick),
  });
  return {
    totals: [
      measure('Stage 1 complaints received', (p) => p.stage1Received),
      measure('Stage 2 complaints received (escalations asked for)', (p) => p.stage2Received),
      measure('Stage 1 complaints later taken to Stage 2 (%)', (p) => p.escalationRate),
      measure('Stage 1 responses issued', (p) => p.stage1.responded),
      measure('Stage 1 responses issued after an extension', (p) => p.stage1.extensionsUsed),
      measure('Stage 2 responses issued', (p) => p.stage2.responded),
      measure('Stage 2 responses issued after an extension', (p) => p.stage2.extensionsUsed),
    ],
    categories: compare(compared.breakdown, 1, 'category', current, previous),
    rootCauses: compare(compared.breakdown, 1, 'rootCause', current, previous),
    outcomes1: compare(compared.breakdown, 1, 'outcome', current, previous),
    outcomes2: compare(compared.breakdown, 2, 'outcome', current, previous),
  };
}

/** One column of the breakdown for one stage, this period beside the last, most first. */
function compare(
  rows: readonly TrendBreakdownRow[],
  stage: 1 | 2,
  column: 'category' | 'rootCause' | 'outcome',
  current: string,
  previous: string,
) {
  const totals = new Map<string, { current: number; previous: number }>();
  for (const r of rows) {
    if (r.stage !== stage || (r.period !== current && r.period !== previous)) continue;
    const t = totals.get(r[column]) ?? { current: 0, previous: 0 };
    t[r.period === current ? 'current' : 'previous'] += r.count;
    totals.set(r[column], t);
  }
  return [...totals.entries()]
    .sort(([, a], [, b]) => b.current - a.current || b.previous - a.previous)
    .map(([key, t]) => ({ key, name: nameOf(key), ...t, change: t.current - t.previous }));
}

/** The Ombudsman's findings in words, the ones made first. */
export function findingRows(summary: OmbudsmanSummary) {
  return Object.entries(summary.findings)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([finding, count]) => ({ name: nameOf(finding), count }));
}
