import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listComplaints, type ComplaintListPage } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { figureOf } from './figure-params';
import { ListComplaintsQuery } from './list-complaints.query';

@QueryHandler(ListComplaintsQuery)
export class ListComplaintsHandler implements IQueryHandler<ListComplaintsQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: ListComplaintsQuery): Promise<ComplaintListPage> {
    const { figure, figureFrom, figureTo, figureStage, figureValue, asOf, ...filter } = request;
    const beyondCap = this.context.reporting.beyondCapExtensionsInTime;
    const chosen = figureOf(
      { figure, figureFrom, figureTo, figureStage, figureValue, asOf },
      this.context.today(),
      beyondCap,
    );
    return listComplaints(this.context.db, { ...filter, ...(chosen ? { figure: chosen } : {}) });
  }
}
