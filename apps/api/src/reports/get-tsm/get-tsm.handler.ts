import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { tenantSatisfactionMeasures, type TsmReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { GetTsmQuery } from './get-tsm.query';

@QueryHandler(GetTsmQuery)
export class GetTsmHandler implements IQueryHandler<GetTsmQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetTsmQuery): Promise<TsmReport> {
    const year = this.context.yearOr(query.year);
    const { homesByYear, extensionsCountAsInTime } = this.context.reporting;
    return tenantSatisfactionMeasures(this.context.db, year, {
      homesByYear: query.homes ? { ...homesByYear, [year]: query.homes } : homesByYear,
      extensionsCountAsInTime: query.extensionsInTime ?? extensionsCountAsInTime,
    });
  }
}
