import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ComplaintReader } from '../shared/complaint-reader.service';
import type { ComplaintEventView } from './complaint-event.view';
import { GetComplaintEventsQuery } from './get-complaint-events.query';

@QueryHandler(GetComplaintEventsQuery)
export class GetComplaintEventsHandler implements IQueryHandler<GetComplaintEventsQuery> {
  constructor(private readonly reader: ComplaintReader) {}

  async execute(query: GetComplaintEventsQuery): Promise<ComplaintEventView[]> {
    const { stored } = await this.reader.load(query.complaintId);
    return stored.map((s) => ({
      revision: Number(s.revision),
      type: s.event.type,
      data: s.event.data,
      metadata: s.metadata,
      storedAt: s.recorded.created.toISOString(),
    }));
  }
}
