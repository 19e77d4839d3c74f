import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { buildAnnualReport, type AnnualReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { homesWithOverrides, switchOf } from '../shared/tsm-options.request';
import { GetAnnualReportQuery } from './get-annual-report.query';

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: GetAnnualReportQuery): Promise<AnnualReport> {
    const { homesByYear, beyondCapExtensionsInTime, landlordName } = this.context.reporting;
    const year = this.context.yearOr(request.year);
    return buildAnnualReport(this.context.db, year, {
      today: this.context.today(),
      homesByYear: homesWithOverrides(homesByYear, year, request),
      beyondCapExtensionsInTime: switchOf(request.beyondCapInTime) ?? beyondCapExtensionsInTime,
      policies: this.context.policies,
      landlord: landlordName,
    });
  }
}
