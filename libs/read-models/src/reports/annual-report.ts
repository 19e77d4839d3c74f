import type { Kysely } from 'kysely';
import type { LocalDate } from '@redress/complaints';
import {
  previousReportingYear,
  reportingYear,
  within,
  type Period,
} from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { factsTouching, type ComplaintFacts } from '../queries/complaint-facts';
import { learningLog, type LearningLog } from '../queries/learning-log.query';
import { ombudsmanSummary, type OmbudsmanSummary } from '../queries/ombudsman.query';
import {
  selfAssessmentEvidence,
  type SelfAssessmentEvidence,
} from '../queries/self-assessment.query';
import {
  acknowledgedAtStage,
  percentage,
  receivedAtStage,
  respondedAtStage,
  respondedInTime,
  stageTimeliness,
  type StageNo,
} from '../queries/stage-measures';
import { NOT_RECORDED } from '../queries/trends.query';
import { computeTsm, HomesNotConfiguredError, type TsmReport } from '../queries/tsm.query';

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

export interface AnnualReport {
  readonly reportingYear: string;
  readonly previousYear: string;
  readonly period: Period;
  readonly generatedOn: LocalDate;
  readonly landlord: string | null;
  /** Whether a properly notified extension counts as within timescale, printed on every output. */
  readonly extensionsCountAsInTime: boolean;
  readonly volumes: {
    readonly stage1: YearOnYear;
    readonly stage2: YearOnYear;
    readonly escalationRate: Compared;
  };
  readonly timeliness: Readonly<
    Record<
      'stage1' | 'stage2',
      {
        readonly acknowledgedInTime: Compared;
        readonly respondedInTime: Compared;
        readonly responsesWithExtension: Compared;
      }
    >
  >;
  readonly tsm: TsmReport | { readonly unavailable: string };
  readonly outcomes: Readonly<Record<'stage1' | 'stage2', CountRow[]>>;
  readonly categories: CountRow[];
  readonly rootCauses: CountRow[];
  readonly rootCauseCoverage: {
    readonly current: RootCauseCoverage;
    readonly previous: RootCauseCoverage;
  };
  /** CHC 8.1(b): complaints refused, by type. */
  readonly refused: { readonly notAccepted: CountRow[]; readonly escalationRefused: CountRow[] };
  readonly ombudsman: OmbudsmanSummary;
  readonly serviceImprovements: LearningLog;
  readonly selfAssessment: SelfAssessmentEvidence;
}

export interface AnnualReportOptions {
  readonly today: LocalDate;
  readonly homesByYear: Readonly<Record<string, number>>;
  readonly extensionsCountAsInTime: boolean;
  readonly landlord?: string;
}

/** The annual complaint performance and service improvement report (CHC 8.1). */
export async function buildAnnualReport(
  db: Kysely<ReadModelDatabase>,
  year: string,
  options: AnnualReportOptions,
): Promise<AnnualReport> {
  const period = reportingYear(year);
  const previousYear = previousReportingYear(year);
  const previous = { ...reportingYear(previousYear) };
  const facts = await factsTouching(db, {
    label: `${previousYear}–${year}`,
    from: previous.from,
    to: period.to,
  });
  const [ombudsman, serviceImprovements, selfAssessment] = await Promise.all([
    ombudsmanSummary(db, period, options.today < period.to ? options.today : period.to),
    learningLog(db, period),
    selfAssessmentEvidence(db, period, options.today),
  ]);
  return {
    reportingYear: year,
    previousYear,
    period,
    generatedOn: options.today,
    landlord: options.landlord ?? null,
    extensionsCountAsInTime: options.extensionsCountAsInTime,
    volumes: {
      stage1: yearOnYear(
        count(facts, (f) => receivedAtStage(f, 1, period)),
        count(facts, (f) => receivedAtStage(f, 1, previous)),
      ),
      stage2: yearOnYear(
        count(facts, (f) => receivedAtStage(f, 2, period)),
        count(facts, (f) => receivedAtStage(f, 2, previous)),
      ),
      escalationRate: compare(
        (p) =>
          percentage(
            count(facts, (f) => receivedAtStage(f, 2, p)),
            count(facts, (f) => receivedAtStage(f, 1, p)),
          ),
        period,
        previous,
      ),
    },
    timeliness: {
      stage1: timeliness(facts, 1, period, previous, options),
      stage2: timeliness(facts, 2, period, previous, options),
    },
    tsm: tsmOrReason(facts, year, options),
    outcomes: {
      stage1: tally(facts, period, previous, (f, p) =>
        respondedAtStage(f, 1, p) ? f.s1_outcome : undefined,
      ),
      stage2: tally(facts, period, previous, (f, p) =>
        respondedAtStage(f, 2, p) ? f.s2_outcome : undefined,
      ),
    },
    categories: tally(facts, period, previous, (f, p) =>
      receivedAtStage(f, 1, p) ? (f.category ?? NOT_RECORDED) : undefined,
    ),
    rootCauses: tally(facts, period, previous, (f, p) =>
      receivedAtStage(f, 1, p) ? (f.root_cause ?? NOT_RECORDED) : undefined,
    ),
    rootCauseCoverage: { current: coverage(facts, period), previous: coverage(facts, previous) },
    refused: {
      notAccepted: tally(facts, period, previous, (f, p) =>
        within(f.not_accepted_on, p) ? f.exclusion_code : undefined,
      ),
      escalationRefused: tally(facts, period, previous, (f, p) =>
        within(f.escalation_refused_on, p) ? f.escalation_refusal_code : undefined,
      ),
    },
    ombudsman,
    serviceImprovements,
    selfAssessment,
  };
}

const count = (facts: readonly ComplaintFacts[], test: (f: ComplaintFacts) => boolean) =>
  facts.reduce((n, f) => (test(f) ? n + 1 : n), 0);

export function yearOnYear(current: number, previous: number): YearOnYear {
  return {
    current,
    previous,
    change: current - previous,
    changePercent: percentage(current - previous, previous),
  };
}

function compare(
  measure: (p: Period) => number | null,
  period: Period,
  previous: Period,
): Compared {
  return { current: measure(period), previous: measure(previous) };
}

function timeliness(
  facts: readonly ComplaintFacts[],
  stage: StageNo,
  period: Period,
  previous: Period,
  options: AnnualReportOptions,
) {
  return {
    acknowledgedInTime: compare(
      (p) => {
        const acked = facts.filter((f) => acknowledgedAtStage(f, stage, p));
        return percentage(
          count(acked, (f) => stageTimeliness(f, stage).acknowledgedInTime),
          acked.length,
        );
      },
      period,
      previous,
    ),
    respondedInTime: compare(
      (p) => {
        const responded = facts.filter((f) => respondedAtStage(f, stage, p));
        return percentage(
          count(responded, (f) => respondedInTime(f, stage, options.extensionsCountAsInTime)),
          responded.length,
        );
      },
      period,
      previous,
    ),
    responsesWithExtension: compare(
      (p) =>
        count(facts, (f) => respondedAtStage(f, stage, p) && stageTimeliness(f, stage).extended),
      period,
      previous,
    ),
  };
}

function tsmOrReason(facts: readonly ComplaintFacts[], year: string, options: AnnualReportOptions) {
  try {
    return computeTsm(facts, year, options);
  } catch (error) {
    if (error instanceof HomesNotConfiguredError) return { unavailable: error.message };
    throw error;
  }
}

/** Counts by a key for both years, largest this year first; `undefined` leaves a complaint out. */
function tally(
  facts: readonly ComplaintFacts[],
  period: Period,
  previous: Period,
  keyOf: (f: ComplaintFacts, p: Period) => string | null | undefined,
): CountRow[] {
  const rows = new Map<string, { current: number; previous: number }>();
  for (const [p, field] of [
    [period, 'current'],
    [previous, 'previous'],
  ] as const) {
    for (const f of facts) {
      const key = keyOf(f, p);
      if (key === undefined || key === null) continue;
      const row = rows.get(key) ?? { current: 0, previous: 0 };
      row[field]++;
      rows.set(key, row);
    }
  }
  return [...rows.entries()]
    .map(([key, r]) => ({ key, ...r }))
    .sort((a, b) => b.current - a.current || b.previous - a.previous || (a.key < b.key ? -1 : 1));
}

function coverage(facts: readonly ComplaintFacts[], p: Period): RootCauseCoverage {
  const stage1 = facts.filter((f) => receivedAtStage(f, 1, p));
  const recorded = count(stage1, (f) => f.root_cause !== null);
  const both = stage1.length + count(facts, (f) => receivedAtStage(f, 2, p));
  return {
    recorded,
    stage1Received: stage1.length,
    percentOfStage1: percentage(recorded, stage1.length),
    stage1AndStage2Received: both,
    percentOfStage1AndStage2: percentage(recorded, both),
  };
}
