import { Query } from '@nestjs/cqrs';
import type { OmbudsmanSummary, Period } from '@redress/read-models';

export class GetOmbudsmanReportQuery extends Query<OmbudsmanSummary> {
  constructor(
    readonly year: string | undefined,
    readonly asOf: string | undefined,
    /** A period other than a reporting year (the MRC pack's month or quarter); wins over `year`. */
    readonly period?: Period,
  ) {
    super();
  }
}
