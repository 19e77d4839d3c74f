import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { repeatHazards, reportingYear, type RepeatIssuesReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { repeatOptions } from '../shared/repeat-options.request';
import { GetRepeatHazardsQuery } from './get-repeat-hazards.query';

@QueryHandler(GetRepeatHazardsQuery)
export class GetRepeatHazardsHandler implements IQueryHandler<GetRepeatHazardsQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: GetRepeatHazardsQuery): Promise<RepeatIssuesReport> {
    const period = reportingYear(this.context.yearOr(request.year));
    return repeatHazards(this.context.db, period, repeatOptions(request));
  }
}
