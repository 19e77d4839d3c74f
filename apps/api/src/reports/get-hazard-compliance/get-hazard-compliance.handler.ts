import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  dayAfter,
  hazardCompliance,
  reportingYear,
  type HazardComplianceReport,
} from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetHazardComplianceQuery } from './get-hazard-compliance.query';

@QueryHandler(GetHazardComplianceQuery)
export class GetHazardComplianceHandler implements IQueryHandler<GetHazardComplianceQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetHazardComplianceQuery): Promise<HazardComplianceReport> {
    const period = reportingYear(this.context.yearOr(query.year));
    const today = this.context.today();
    // A past year is judged as it ended: a clock due on its last day counts as missed if not done.
    const asOf = query.asOf ?? (today <= period.to ? today : dayAfter(period));
    return hazardCompliance(this.context.db, period, asOf);
  }
}
