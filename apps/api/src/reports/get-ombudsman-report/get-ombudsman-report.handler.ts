import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { reportingYear, type OmbudsmanSummary } from '@redress/read-models';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../shared/report-context';
import { GetOmbudsmanReportQuery } from './get-ombudsman-report.query';

@QueryHandler(GetOmbudsmanReportQuery)
export class GetOmbudsmanReportHandler implements IQueryHandler<GetOmbudsmanReportQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly counting: ReadModelCounting,
  ) {}

  execute(query: GetOmbudsmanReportQuery): Promise<OmbudsmanSummary> {
    const period = query.period ?? reportingYear(this.context.yearOr(query.year));
    const today = this.context.today();
    // Counted where every report is, so the MRC pack's parts never hold up other requests.
    return this.counting.run({
      kind: 'ombudsman-report',
      request: { period, asOf: query.asOf ?? (today < period.to ? today : period.to) },
    });
  }
}
