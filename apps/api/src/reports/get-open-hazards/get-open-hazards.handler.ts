import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { openHazards, type OpenHazardsReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetOpenHazardsQuery } from './get-open-hazards.query';

@QueryHandler(GetOpenHazardsQuery)
export class GetOpenHazardsHandler implements IQueryHandler<GetOpenHazardsQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetOpenHazardsQuery): Promise<OpenHazardsReport> {
    return openHazards(this.context.db, query.asOf ?? this.context.today());
  }
}
