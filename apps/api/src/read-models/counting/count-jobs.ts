import type { AnnualReport, ReadModelDatabase, Trends } from '@redress/read-models';
import type { Kysely } from 'kysely';
import {
  countAnnualReport,
  type AnnualReportRequest,
} from '../../reports/get-annual-report/count-annual-report';
import { countTrends, type TrendsRequest } from '../../reports/get-trends/count-trends';
import { countDashboard, type DashboardRequest } from '../../web/dashboard/count-dashboard';
import type { DashboardFigures } from '../../web/dashboard/get-dashboard.query';

/**
 * The counts that scan most of the read models (seconds at 100,000 complaints on SQLite), and
 * so are run on the counting thread where there is one: plain data in and out, so that a
 * thread can run them.
 */
export type CountJob =
  | { readonly kind: 'dashboard'; readonly request: DashboardRequest }
  | { readonly kind: 'annual-report'; readonly request: AnnualReportRequest }
  | { readonly kind: 'trends'; readonly request: TrendsRequest };

/** What each kind of count comes to. */
export interface CountResults {
  readonly dashboard: DashboardFigures;
  readonly 'annual-report': AnnualReport;
  readonly trends: Trends;
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
