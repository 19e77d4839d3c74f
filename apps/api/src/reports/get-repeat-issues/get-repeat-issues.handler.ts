import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { repeatIssuesReport, reportingYear, type RepeatIssuesReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { repeatOptions } from '../shared/repeat-options.request';
import { GetRepeatIssuesQuery } from './get-repeat-issues.query';

@QueryHandler(GetRepeatIssuesQuery)
export class GetRepeatIssuesHandler implements IQueryHandler<GetRepeatIssuesQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: GetRepeatIssuesQuery): Promise<RepeatIssuesReport> {
    return repeatIssuesReport(this.context.db, {
      ...repeatOptions(request),
      period: reportingYear(this.context.yearOr(request.year)),
      kinds: request.kinds,
      propertyRef: request.propertyRef,
      residentRef: request.residentRef,
    });
  }
}
