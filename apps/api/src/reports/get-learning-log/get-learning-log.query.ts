import { Query } from '@nestjs/cqrs';
import type { LearningLog, Period } from '@redress/read-models';

export class GetLearningLogQuery extends Query<LearningLog> {
  constructor(
    readonly year: string | undefined,
    readonly filter: { category?: string; rootCause?: string },
    /** A period other than a reporting year (the MRC pack's month or quarter); wins over `year`. */
    readonly period?: Period,
  ) {
    super();
  }
}
