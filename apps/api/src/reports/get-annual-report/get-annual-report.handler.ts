import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { buildAnnualReport, type AnnualReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetAnnualReportQuery } from './get-annual-report.query';

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetAnnualReportQuery): Promise<AnnualReport> {
    const { homesByYear, extensionsCountAsInTime, landlordName } = this.context.reporting;
    return buildAnnualReport(this.context.db, this.context.yearOr(query.year), {
      today: this.context.today(),
      homesByYear,
      extensionsCountAsInTime,
      landlord: landlordName,
    });
  }
}
