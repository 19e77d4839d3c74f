import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { learningLog, reportingYear, type LearningLog } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetLearningLogQuery } from './get-learning-log.query';

@QueryHandler(GetLearningLogQuery)
export class GetLearningLogHandler implements IQueryHandler<GetLearningLogQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetLearningLogQuery): Promise<LearningLog> {
    return learningLog(
      this.context.db,
      query.period ?? reportingYear(this.context.yearOr(query.year)),
      query.filter,
    );
  }
}
