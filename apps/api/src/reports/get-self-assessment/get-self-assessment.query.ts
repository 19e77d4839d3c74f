import { Query } from '@nestjs/cqrs';
import type { SelfAssessmentEvidence } from '@redress/read-models';

export class GetSelfAssessmentQuery extends Query<SelfAssessmentEvidence> {
  constructor(readonly year: string | undefined) {
    super();
  }
}
