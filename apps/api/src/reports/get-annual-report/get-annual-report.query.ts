import { Query } from '@nestjs/cqrs';
import type { AnnualReport } from '@redress/read-models';

export class GetAnnualReportQuery extends Query<AnnualReport> {
  constructor(readonly year: string | undefined) {
    super();
  }
}
