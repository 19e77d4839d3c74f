import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvents, historyOf } from '@redress/audit';
import { ComplaintReader } from '../shared/complaint-reader.service';
import { GetComplaintHistoryQuery, type ComplaintHistoryView } from './get-complaint-history.query';

@QueryHandler(GetComplaintHistoryQuery)
export class GetComplaintHistoryHandler implements IQueryHandler<GetComplaintHistoryQuery> {
  constructor(private readonly reader: ComplaintReader) {}

  async execute(query: GetComplaintHistoryQuery): Promise<ComplaintHistoryView> {
    const { stored } = await this.reader.load(query.complaintId);
    return { complaintId: query.complaintId, events: historyOf(auditedEvents(stored)) };
  }
}
