import type { ExtendDeadline } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { ExtendDeadlineRequest } from './extend-deadline.request';

export class ExtendDeadlineCommand extends ComplaintHttpCommand<ExtendDeadlineRequest> {
  toDomain(): ExtendDeadline {
    return { type: 'ExtendDeadline', complaintId: this.complaintId, ...this.payload };
  }
}
