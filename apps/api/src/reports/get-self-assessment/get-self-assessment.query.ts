import { Query } from '@nestjs/cqrs';
import type { Period, SelfAssessmentEvidence } from '@redress/read-models';

export class GetSelfAssessmentQuery extends Query<SelfAssessmentEvidence> {
  constructor(
    readonly year: string | undefined,
    /** A period other than a reporting year (the MRC pack's month or quarter); wins over `year`. */
    readonly period?: Period,
  ) {
    super();
  }
}
