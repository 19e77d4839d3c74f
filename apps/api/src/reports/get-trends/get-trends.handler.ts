import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import { trends, type Trends } from '@redress/read-models';
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
    const window =
      from || to
        ? {
            label: `${from ?? ''}..${to ?? ''}`,
            from: from ?? '0000-01-01',
            to: to ?? '9999-12-31',
          }
        : undefined;
    return trends(this.context.db, query.granularity, window);
  }
}
