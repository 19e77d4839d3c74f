import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { buildAnnualReport, complaintsNamedIn, type AnnualReport } from '@redress/read-models';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ReportContext } from '../shared/report-context';
import { homesWithOverrides, switchOf } from '../shared/tsm-options.request';
import { GetAnnualReportQuery } from './get-annual-report.query';

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly references: ReferenceIndex,
  ) {}

  async execute({ request }: GetAnnualReportQuery): Promise<AnnualReport> {
    const { homesByYear, beyondCapExtensionsInTime, landlordName } = this.context.reporting;
    const year = this.context.yearOr(request.year);
    const report = await buildAnnualReport(this.context.db, year, {
      today: this.context.today(),
      homesByYear: homesWithOverrides(homesByYear, year, request),
      beyondCapExtensionsInTime: switchOf(request.beyondCapInTime) ?? beyondCapExtensionsInTime,
      policies: this.context.policies,
      landlord: landlordName,
    });
    // The complaints it names, by the references residents and officers know them by.
    const named = complaintsNamedIn(report).map((complaintId) => ({ complaintId }));
    return { ...report, references: await this.references.referencesOf(named) };
  }
}
