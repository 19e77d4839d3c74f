import type { RefuseEscalation } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RefuseEscalationRequest } from './refuse-escalation.request';

export class RefuseEscalationCommand extends ComplaintHttpCommand<RefuseEscalationRequest> {
  toDomain(): RefuseEscalation {
    return { type: 'RefuseEscalation', complaintId: this.complaintId, ...this.payload };
  }
}
