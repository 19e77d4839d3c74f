import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ombudsmanSummary, reportingYear, type OmbudsmanSummary } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetOmbudsmanReportQuery } from './get-ombudsman-report.query';

@QueryHandler(GetOmbudsmanReportQuery)
export class GetOmbudsmanReportHandler implements IQueryHandler<GetOmbudsmanReportQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetOmbudsmanReportQuery): Promise<OmbudsmanSummary> {
    const period = query.period ?? reportingYear(this.context.yearOr(query.year));
    const today = this.context.today();
    return ombudsmanSummary(
      this.context.db,
      period,
      query.asOf ?? (today < period.to ? today : period.to),
    );
  }
}
