import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { reportingYear, type SelfAssessmentEvidence } from '@redress/read-models';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../shared/report-context';
import { GetSelfAssessmentQuery } from './get-self-assessment.query';

@QueryHandler(GetSelfAssessmentQuery)
export class GetSelfAssessmentHandler implements IQueryHandler<GetSelfAssessmentQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly counting: ReadModelCounting,
  ) {}

  execute(query: GetSelfAssessmentQuery): Promise<SelfAssessmentEvidence> {
    const period = query.period ?? reportingYear(this.context.yearOr(query.year));
    // Counted on the counting thread on the embedded default: every measure scans the period.
    return this.counting.run({
      kind: 'self-assessment',
      request: { period, today: this.context.today() },
    });
  }
}
