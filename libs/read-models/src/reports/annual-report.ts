import type { Kysely } from 'kysely';
import type { LocalDate, PolicyRegistry } from '@redress/complaints';
import { previousReportingYear, reportingYear, type Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { learningLog, type LearningLog } from '../queries/learning-log.query';
import { ombudsmanSummary, type OmbudsmanSummary } from '../queries/ombudsman.query';
import {
  selfAssessmentEvidence,
  type SelfAssessmentEvidence,
} from '../queries/self-assessment.query';
import { tenantSatisfactionMeasures, type HomesByYear, type TsmReport } from '../queries/tsm.query';
import { comparePeriods, type PeriodComparison } from './period-comparison';

// Where the report's parts were first declared; callers may import them from either file.
export { yearOnYear } from './period-comparison';
export type { Compared, CountRow, RootCauseCoverage, YearOnYear } from './period-comparison';

/** The year beside the year before: volumes, timeliness and themes as `comparePeriods` counts them. */
export interface AnnualReport extends PeriodComparison {
  readonly reportingYear: string;
  readonly previousYear: string;
  readonly period: Period;
  readonly generatedOn: LocalDate;
  readonly landlord: string | null;
  /** The [UNCONFIRMED] choices, printed on every output. */
  readonly switches: { readonly beyondCapExtensionsInTime: boolean };
  /** CH01 and CH02 for the year and the year before, the cohort of complaints made in each. */
  readonly tsm: TsmReport;
  readonly tsmPrevious: TsmReport;
  readonly ombudsman: OmbudsmanSummary;
  readonly serviceImprovements: LearningLog;
  readonly selfAssessment: SelfAssessmentEvidence;
  /**
   * The allocated reference (`C-2026-000123`) of each complaint the report names, by id: the
   * one the resident was given. Set by the api, which keeps the allocations; a complaint logged
   * before references were allocated has none and is named by its id.
   */
  readonly references?: Readonly<Record<string, string>>;
  /**
   * The event store's latest seal when the report was made (docs/audit.md, "Seals"), so a reader
   * can later check that the record the figures came from has not changed. Set by the api.
   */
  readonly latestSeal?: {
    readonly digest: string;
    readonly sealedAt: string;
    readonly position: string;
  };
}

export interface AnnualReportOptions {
  readonly today: LocalDate;
  readonly homesByYear: HomesByYear;
  readonly beyondCapExtensionsInTime: boolean;
  readonly policies: PolicyRegistry;
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
  const previous = reportingYear(previousYear);
  const ext = options.beyondCapExtensionsInTime;
  const compared = await comparePeriods(db, period, previous, ext);
  const today = options.today;
  const tsmOptions = {
    homesByYear: options.homesByYear,
    beyondCapExtensionsInTime: ext,
    asOf: today,
    policies: options.policies,
  };
  return {
    reportingYear: year,
    previousYear,
    period,
    generatedOn: today,
    landlord: options.landlord ?? null,
    switches: { beyondCapExtensionsInTime: ext },
    ...compared,
    tsm: await tenantSatisfactionMeasures(db, year, tsmOptions),
    tsmPrevious: await tenantSatisfactionMeasures(db, previousYear, tsmOptions),
    ombudsman: await ombudsmanSummary(db, period, today < period.to ? today : period.to),
    serviceImprovements: await learningLog(db, period),
    // The report names a few complaints per provision; the evidence endpoint lists more.
    selfAssessment: await selfAssessmentEvidence(db, period, today, { shortfallsListed: 25 }),
  };
}

/** Every complaint the report names (Ombudsman orders, learning, self-assessment shortfalls). */
export function complaintsNamedIn(r: AnnualReport): string[] {
  return [
    ...new Set([
      ...r.ombudsman.orders.map((x) => x.complaintId),
      ...r.serviceImprovements.entries.map((x) => x.complaintId),
      ...r.selfAssessment.rows.flatMap((x) => x.shortfalls.map((s) => s.complaintId)),
    ]),
  ];
}
