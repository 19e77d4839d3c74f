import type { WithdrawComplaint } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { WithdrawComplaintRequest } from './withdraw-complaint.request';

export class WithdrawComplaintCommand extends ComplaintHttpCommand<WithdrawComplaintRequest> {
  toDomain(): WithdrawComplaint {
    return { type: 'WithdrawComplaint', complaintId: this.complaintId, ...this.payload };
  }
}
