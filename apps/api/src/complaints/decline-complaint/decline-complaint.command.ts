import type { DeclineComplaint } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { DeclineComplaintRequest } from './decline-complaint.request';

export class DeclineComplaintCommand extends ComplaintHttpCommand<DeclineComplaintRequest> {
  toDomain(): DeclineComplaint {
    return { type: 'DeclineComplaint', complaintId: this.complaintId, ...this.payload };
  }
}
