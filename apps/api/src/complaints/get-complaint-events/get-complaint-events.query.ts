import { Query } from '@nestjs/cqrs';
import type { ComplaintEventView } from './complaint-event.view';

export class GetComplaintEventsQuery extends Query<ComplaintEventView[]> {
  constructor(readonly complaintId: string) {
    super();
  }
}
