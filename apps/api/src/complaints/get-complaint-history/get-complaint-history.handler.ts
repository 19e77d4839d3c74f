import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvents, historyOf } from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import { ComplaintReader } from '../shared/complaint-reader.service';
import { GetComplaintHistoryQuery, type ComplaintHistoryView } from './get-complaint-history.query';

@QueryHandler(GetComplaintHistoryQuery)
export class GetComplaintHistoryHandler implements IQueryHandler<GetComplaintHistoryQuery> {
  constructor(private readonly reader: ComplaintReader) {}

  async execute(query: GetComplaintHistoryQuery): Promise<ComplaintHistoryView> {
    const { stored } = await this.reader.load(query.complaintId);
    const verdict = verifyStream(stored.map((s) => s.recorded));
    const chain = verdict.ok
      ? { intact: true }
      : {
          intact: false,
          firstBreak: {
            revision: Number(verdict.firstBreak.revision),
            reason: verdict.firstBreak.reason,
            detail: verdict.firstBreak.detail,
          },
        };
    return { complaintId: query.complaintId, chain, events: historyOf(auditedEvents(stored)) };
  }
}
