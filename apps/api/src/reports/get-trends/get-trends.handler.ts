import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import type { Trends } from '@redress/read-models';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { GetTrendsQuery } from './get-trends.query';

@QueryHandler(GetTrendsQuery)
export class GetTrendsHandler implements IQueryHandler<GetTrendsQuery> {
  constructor(private readonly counting: ReadModelCounting) {}

  execute(query: GetTrendsQuery): Promise<Trends> {
    const { from, to } = query;
    if (from && to && to < from) {
      throw new ValidationFailedException([
        { field: 'to', messages: ['to must not be before from'] },
      ]);
    }
    // Counted on the counting thread on the embedded default: a whole history's trends scan most
    // of the read models (a second at 100,000 complaints), which would hold up other requests.
    return this.counting.run({
      kind: 'trends',
      request: { granularity: query.granularity, from, to },
    });
  }
}
