import type { LogComplaint } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { LogComplaintRequest } from './log-complaint.request';

export class LogComplaintCommand extends ComplaintHttpCommand<LogComplaintRequest> {
  toDomain(): LogComplaint {
    return { type: 'LogComplaint', complaintId: this.complaintId, ...this.payload };
  }
}
