import { Query } from '@nestjs/cqrs';
import type { ComplaintView } from './complaint.view';

export class GetComplaintQuery extends Query<ComplaintView> {
  constructor(
    readonly complaintId: string,
    /** YYYY-MM-DD; deadlines are judged as of this date. */
    readonly asOf: string,
  ) {
    super();
  }
}
