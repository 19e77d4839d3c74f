import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  hazardsLinkedToComplaints,
  reportingYear,
  type HazardLinksReport,
} from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetHazardComplaintLinksQuery } from './get-hazard-complaint-links.query';

@QueryHandler(GetHazardComplaintLinksQuery)
export class GetHazardComplaintLinksHandler implements IQueryHandler<GetHazardComplaintLinksQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetHazardComplaintLinksQuery): Promise<HazardLinksReport> {
    const period = reportingYear(this.context.yearOr(query.year));
    return hazardsLinkedToComplaints(this.context.db, period);
  }
}
