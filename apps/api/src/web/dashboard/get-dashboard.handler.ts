import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@redress/complaints';
import {
  comparePeriods,
  customPeriod,
  learningLog,
  ombudsmanSummary,
  repeatComplaints,
  selfAssessmentEvidence,
  tenantSatisfactionMeasures,
  trends,
  type Period,
} from '@redress/read-models';
import { ReportContext } from '../../reports/shared/report-context';
import { GetDashboardQuery, type Dashboard } from './get-dashboard.query';

/**
 * The dashboard's figures, each from the query the report endpoints use (the annual report's
 * comparison, the TSM, trends, Ombudsman, learning log and self-assessment), never counted a
 * second way.
 */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(private readonly context: ReportContext) {}

  async execute({ current, previous }: GetDashboardQuery): Promise<Dashboard> {
    const db = this.context.db;
    const today = this.context.today();
    const { homesByYear, beyondCapExtensionsInTime: beyondCap } = this.context.reporting;
    const tsm = (p: Period) =>
      tenantSatisfactionMeasures(db, p, {
        homesByYear,
        beyondCapExtensionsInTime: beyondCap,
        asOf: today,
        policies: this.context.policies,
      });
    const ordersAsOf = (p: Period): LocalDate => (today < p.to ? today : p.to);
    const [monthly, compared, tsmNow, tsmBefore, repeatsNow, repeatsBefore] = await Promise.all([
      trends(db, 'month', customPeriod(previous.from, current.to)),
      comparePeriods(db, current, previous, beyondCap),
      tsm(current),
      tsm(previous),
      repeatComplaints(db, 'property_ref', current),
      repeatComplaints(db, 'property_ref', previous),
    ]);
    const [ombudsmanNow, ombudsmanBefore, learningNow, learningBefore, evidence] =
      await Promise.all([
        ombudsmanSummary(db, current, ordersAsOf(current)),
        ombudsmanSummary(db, previous, ordersAsOf(previous)),
        learningLog(db, current),
        learningLog(db, previous),
        selfAssessmentEvidence(db, current, today, { shortfallsListed: 0 }),
      ]);
    return {
      current,
      previous,
      asOf: today,
      ombudsmanAsOf: { current: ordersAsOf(current), previous: ordersAsOf(previous) },
      beyondCap,
      byMonth: monthly.periods,
      compared,
      tsm: { current: tsmNow, previous: tsmBefore },
      repeats: { current: repeatsNow, previous: repeatsBefore },
      ombudsman: { current: ombudsmanNow, previous: ombudsmanBefore },
      learning: { current: learningNow, previous: learningBefore },
      selfAssessment: evidence,
    };
  }
}
