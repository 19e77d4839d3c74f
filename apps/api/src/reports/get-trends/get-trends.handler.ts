import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import { openPeriod, trends, type Trends } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetTrendsQuery } from './get-trends.query';

@QueryHandler(GetTrendsQuery)
export class GetTrendsHandler implements IQueryHandler<GetTrendsQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetTrendsQuery): Promise<Trends> {
    const { from, to } = query;
    if (from && to && to < from) {
      throw new ValidationFailedException([
        { field: 'to', messages: ['to must not be before from'] },
      ]);
    }
    return trends(this.context.db, query.granularity, openPeriod(from, to));
  }
}
