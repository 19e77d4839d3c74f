import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { complaintsNamedIn, type AnnualReport } from '@redress/read-models';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../shared/report-context';
import { homesWithOverrides, switchOf } from '../shared/tsm-options.request';
import { GetAnnualReportQuery } from './get-annual-report.query';

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly references: ReferenceIndex,
    private readonly counting: ReadModelCounting,
  ) {}

  async execute({ request }: GetAnnualReportQuery): Promise<AnnualReport> {
    const { homesByYear, beyondCapExtensionsInTime, landlordName } = this.context.reporting;
    const year = this.context.yearOr(request.year);
    // Counted on the counting thread on the embedded default: seconds of scanning at 100,000
    // complaints that would otherwise hold up every other request.
    const report = await this.counting.run({
      kind: 'annual-report',
      request: {
        year,
        today: this.context.today(),
        homesByYear: homesWithOverrides(homesByYear, year, request),
        beyondCapExtensionsInTime: switchOf(request.beyondCapInTime) ?? beyondCapExtensionsInTime,
        landlord: landlordName,
      },
    });
    // The complaints it names, by the references residents and officers know them by.
    const named = complaintsNamedIn(report).map((complaintId) => ({ complaintId }));
    return { ...report, references: await this.references.referencesOf(named) };
  }
}
