import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listComplaints, type ComplaintListPage } from '@redress/read-models';
import { ReportContext } from '../shared/report-context';
import { ListComplaintsQuery } from './list-complaints.query';

@QueryHandler(ListComplaintsQuery)
export class ListComplaintsHandler implements IQueryHandler<ListComplaintsQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: ListComplaintsQuery): Promise<ComplaintListPage> {
    return listComplaints(this.context.db, query.request);
  }
}
