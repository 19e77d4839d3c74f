import { Query } from '@nestjs/cqrs';
import type { ComplaintEventView as StoredEventView } from '../../complaints/get-complaint-events/complaint-event.view';

export class GetServiceRequestEventsQuery extends Query<StoredEventView[]> {
  constructor(readonly serviceRequestId: string) {
    super();
  }
}
