import type {
  AnnualReport,
  LearningLog,
  OmbudsmanSummary,
  ReadModelDatabase,
  SelfAssessmentEvidence,
  Trends,
  TsmReport,
} from '@redress/read-models';
import type { Kysely } from 'kysely';
import {
  countAnnualReport,
  type AnnualReportRequest,
} from '../../reports/get-annual-report/count-annual-report';
import {
  countLearningLog,
  type LearningLogRequest,
} from '../../reports/get-learning-log/count-learning-log';
import {
  countOmbudsmanReport,
  type OmbudsmanReportRequest,
} from '../../reports/get-ombudsman-report/count-ombudsman-report';
import {
  countSelfAssessment,
  type SelfAssessmentRequest,
} from '../../reports/get-self-assessment/count-self-assessment';
import { countTrends, type TrendsRequest } from '../../reports/get-trends/count-trends';
import { countTsm, type TsmRequest } from '../../reports/get-tsm/count-tsm';
import { countDashboard, type DashboardRequest } from '../../web/dashboard/count-dashboard';
import type { DashboardFigures } from '../../web/dashboard/get-dashboard.query';

/**
 * The dashboard and every report: counts that scan much of the read models (up to seconds at
 * 100,000 complaints on SQLite), and so are run on the counting thread where there is one. Plain
 * data in and out, so that a thread can run them.
 */
export type CountJob =
  | { readonly kind: 'dashboard'; readonly request: DashboardRequest }
  | { readonly kind: 'annual-report'; readonly request: AnnualReportRequest }
  | { readonly kind: 'trends'; readonly request: TrendsRequest }
  | { readonly kind: 'tsm'; readonly request: TsmRequest }
  | { readonly kind: 'self-assessment'; readonly request: SelfAssessmentRequest }
  | { readonly kind: 'ombudsman-report'; readonly request: OmbudsmanReportRequest }
  | { readonly kind: 'learning-log'; readonly request: LearningLogRequest };

/** What each kind of count comes to. */
export interface CountResults {
  readonly dashboard: DashboardFigures;
  readonly 'annual-report': AnnualReport;
  readonly trends: Trends;
  readonly tsm: TsmReport;
  readonly 'self-assessment': SelfAssessmentEvidence;
  readonly 'ombudsman-report': OmbudsmanSummary;
  readonly 'learning-log': LearningLog;
}

export type CountKind = CountJob['kind'];
export type JobOf<K extends CountKind> = Extract<CountJob, { readonly kind: K }>;

/** How each kind of count is counted: one line per kind. */
const COUNTS: {
  readonly [K in CountKind]: (
    db: Kysely<ReadModelDatabase>,
    request: JobOf<K>['request'],
  ) => Promise<CountResults[K]>;
} = {
  dashboard: countDashboard,
  'annual-report': countAnnualReport,
  trends: countTrends,
  tsm: countTsm,
  'self-assessment': countSelfAssessment,
  'ombudsman-report': countOmbudsmanReport,
  'learning-log': countLearningLog,
};

/** Runs one count over the read models given (a connection, or one read transaction). */
export function runCountJob<K extends CountKind>(
  db: Kysely<ReadModelDatabase>,
  job: JobOf<K>,
): Promise<CountResults[K]> {
  // The table pairs each kind with its request's type; a generic kind cannot show it.
  const count = COUNTS[job.kind] as (
    db: Kysely<ReadModelDatabase>,
    request: unknown,
  ) => Promise<CountResults[K]>;
  return count(db, job.request);
}
