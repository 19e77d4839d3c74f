import { PolicyRegistry, type LocalDate } from '@redress/complaints';
import {
  comparePeriods,
  customPeriod,
  learningCounts,
  ombudsmanSummary,
  repeatComplaints,
  selfAssessmentEvidence,
  tenantSatisfactionMeasuresOf,
  trendPeriods,
  type HomesByYear,
  type Period,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';
import type { DashboardFigures } from './get-dashboard.query';

/** What one count of the dashboard needs: plain data, so it can be handed to another thread. */
export interface DashboardRequest {
  readonly current: Period;
  readonly previous: Period;
  /** The reports' date: CH02 and learning actions are judged as of it. */
  readonly today: LocalDate;
  readonly homesByYear: HomesByYear;
  readonly beyondCap: boolean;
}

/**
 * Every figure of the dashboard, each from the query the report endpoints use (the annual
 * report's comparison, the TSM, trends, Ombudsman, learning log and self-assessment), never
 * counted a second way. A pure function of the read models, run wherever the counting runs
 * (read-model-counter.ts).
 */
export async function countDashboard(
  db: Kysely<ReadModelDatabase>,
  { current, previous, today, homesByYear, beyondCap }: DashboardRequest,
): Promise<DashboardFigures> {
  const ordersAsOf = (p: Period): LocalDate => (today < p.to ? today : p.to);
  const [monthly, compared, [tsmNow, tsmBefore], repeatsNow, repeatsBefore] = await Promise.all([
    trendPeriods(db, 'month', customPeriod(previous.from, current.to)),
    comparePeriods(db, current, previous, beyondCap),
    // Both periods' TSMs by the TSM return's rules, in one scan.
    tenantSatisfactionMeasuresOf(db, [current, previous], {
      homesByYear,
      beyondCapExtensionsInTime: beyondCap,
      asOf: today,
      policies: PolicyRegistry.default(),
    }),
    repeatComplaints(db, 'property_ref', current),
    repeatComplaints(db, 'property_ref', previous),
  ]);
  const [ombudsmanNow, ombudsmanBefore, learningNow, learningBefore, evidence] = await Promise.all([
    ombudsmanSummary(db, current, ordersAsOf(current)),
    ombudsmanSummary(db, previous, ordersAsOf(previous)),
    learningCounts(db, current, today),
    learningCounts(db, previous, today),
    selfAssessmentEvidence(db, current, today, { shortfallsListed: 0 }),
  ]);
  return {
    current,
    previous,
    asOf: today,
    ombudsmanAsOf: { current: ordersAsOf(current), previous: ordersAsOf(previous) },
    beyondCap,
    byMonth: monthly,
    compared,
    tsm: { current: tsmNow, previous: tsmBefore },
    repeats: { current: repeatsNow, previous: repeatsBefore },
    ombudsman: { current: ombudsmanNow, previous: ombudsmanBefore },
    learning: { current: learningNow, previous: learningBefore },
    selfAssessment: evidence,
  };
}
