import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { TsmReport } from '@redress/read-models';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../shared/report-context';
import { homesWithOverrides, switchOf } from '../shared/tsm-options.request';
import { GetTsmQuery } from './get-tsm.query';

@QueryHandler(GetTsmQuery)
export class GetTsmHandler implements IQueryHandler<GetTsmQuery> {
  constructor(
    private readonly context: ReportContext,
    private readonly counting: ReadModelCounting,
  ) {}

  execute({ request }: GetTsmQuery): Promise<TsmReport> {
    const year = this.context.yearOr(request.year);
    const { homesByYear, beyondCapExtensionsInTime } = this.context.reporting;
    // Counted on the counting thread on the embedded default: a year's complaints are scanned.
    return this.counting.run({
      kind: 'tsm',
      request: {
        year,
        homesByYear: homesWithOverrides(homesByYear, year, request),
        beyondCapExtensionsInTime: switchOf(request.beyondCapInTime) ?? beyondCapExtensionsInTime,
        asOf: this.context.today(),
      },
    });
  }
}
