import { Query } from '@nestjs/cqrs';
import type { ComplaintEventView as StoredEventView } from '../../complaints/get-complaint-events/complaint-event.view';

export class GetHazardEventsQuery extends Query<StoredEventView[]> {
  constructor(readonly hazardId: string) {
    super();
  }
}
