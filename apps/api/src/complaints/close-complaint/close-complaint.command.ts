import type { CloseComplaint } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { CloseComplaintRequest } from './close-complaint.request';

export class CloseComplaintCommand extends ComplaintHttpCommand<CloseComplaintRequest> {
  toDomain(): CloseComplaint {
    return { type: 'CloseComplaint', complaintId: this.complaintId, ...this.payload };
  }
}
