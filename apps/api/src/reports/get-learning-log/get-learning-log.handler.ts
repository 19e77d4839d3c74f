import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { reportingYear, type LearningLog } from '@redress/read-models';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../shared/report-context';
import { GetLearningLogQuery } from './get-learning-log.query';

@QueryHandler(GetLearningLogQuery)
export class GetLearningLogHandler implements IQueryHandler<GetLearningLogQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly counting: ReadModelCounting,
  ) {}

  execute(query: GetLearningLogQuery): Promise<LearningLog> {
    // Counted where every report is: a year's closures can be thousands of rows.
    return this.counting.run({
      kind: 'learning-log',
      request: {
        period: query.period ?? reportingYear(this.context.yearOr(query.year)),
        filter: query.filter,
      },
    });
  }
}
