import { Query } from '@nestjs/cqrs';
import type { LearningLog } from '@redress/read-models';

export class GetLearningLogQuery extends Query<LearningLog> {
  constructor(
    readonly year: string | undefined,
    readonly filter: { category?: string; rootCause?: string },
  ) {
    super();
  }
}
