import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  reportingYear,
  selfAssessmentEvidence,
  type SelfAssessmentEvidence,
} from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetSelfAssessmentQuery } from './get-self-assessment.query';

@QueryHandler(GetSelfAssessmentQuery)
export class GetSelfAssessmentHandler implements IQueryHandler<GetSelfAssessmentQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetSelfAssessmentQuery): Promise<SelfAssessmentEvidence> {
    const period = query.period ?? reportingYear(this.context.yearOr(query.year));
    return selfAssessmentEvidence(this.context.db, period, this.context.today());
  }
}
