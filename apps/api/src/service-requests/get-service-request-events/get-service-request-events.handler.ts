import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ComplaintEventView as StoredEventView } from '../../complaints/get-complaint-events/complaint-event.view';
import { ServiceRequestReader } from '../shared/service-request-reader.service';
import { GetServiceRequestEventsQuery } from './get-service-request-events.query';

@QueryHandler(GetServiceRequestEventsQuery)
export class GetServiceRequestEventsHandler implements IQueryHandler<GetServiceRequestEventsQuery> {
  constructor(private readonly reader: ServiceRequestReader) {}

  async execute(query: GetServiceRequestEventsQuery): Promise<StoredEventView[]> {
    const { stored } = await this.reader.load(query.serviceRequestId);
    return stored.map((s) => ({
      revision: Number(s.revision),
      type: s.event.type,
      data: s.event.data,
      metadata: s.metadata,
      storedAt: s.recorded.created.toISOString(),
    }));
  }
}
