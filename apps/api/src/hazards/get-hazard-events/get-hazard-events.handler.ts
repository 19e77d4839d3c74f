import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ComplaintEventView as StoredEventView } from '../../complaints/get-complaint-events/complaint-event.view';
import { HazardReader } from '../shared/hazard-reader.service';
import { GetHazardEventsQuery } from './get-hazard-events.query';

@QueryHandler(GetHazardEventsQuery)
export class GetHazardEventsHandler implements IQueryHandler<GetHazardEventsQuery> {
  constructor(private readonly reader: HazardReader) {}

  async execute(query: GetHazardEventsQuery): Promise<StoredEventView[]> {
    const { stored } = await this.reader.load(query.hazardId);
    return stored.map((s) => ({
      revision: Number(s.revision),
      type: s.event.type,
      data: s.event.data,
      metadata: s.metadata,
      storedAt: s.recorded.created.toISOString(),
    }));
  }
}
