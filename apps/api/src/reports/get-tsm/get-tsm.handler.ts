import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { tenantSatisfactionMeasures, type TsmReport } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { homesWithOverrides, switchOf } from '../shared/tsm-options.request';
import { GetTsmQuery } from './get-tsm.query';

@QueryHandler(GetTsmQuery)
export class GetTsmHandler implements IQueryHandler<GetTsmQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: GetTsmQuery): Promise<TsmReport> {
    const year = this.context.yearOr(request.year);
    const { homesByYear, beyondCapExtensionsInTime } = this.context.reporting;
    return tenantSatisfactionMeasures(this.context.db, year, {
      homesByYear: homesWithOverrides(homesByYear, year, request),
      beyondCapExtensionsInTime: switchOf(request.beyondCapInTime) ?? beyondCapExtensionsInTime,
      asOf: this.context.today(),
      policies: this.context.policies,
    });
  }
}
