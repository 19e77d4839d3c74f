import { Query } from '@nestjs/cqrs';
import type { AnnualReport } from '@redress/read-models';
import type { GetAnnualReportRequest } from './get-annual-report.request';

export class GetAnnualReportQuery extends Query<AnnualReport> {
  constructor(readonly request: GetAnnualReportRequest) {
    super();
  }
}
