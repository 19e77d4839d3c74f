import { Query } from '@nestjs/cqrs';
import type { OmbudsmanSummary } from '@redress/read-models';

export class GetOmbudsmanReportQuery extends Query<OmbudsmanSummary> {
  constructor(
    readonly year: string | undefined,
    readonly asOf: string | undefined,
  ) {
    super();
  }
}
