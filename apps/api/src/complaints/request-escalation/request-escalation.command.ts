import type { RequestEscalation } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RequestEscalationRequest } from './request-escalation.request';

export class RequestEscalationCommand extends ComplaintHttpCommand<RequestEscalationRequest> {
  toDomain(): RequestEscalation {
    return { type: 'RequestEscalation', complaintId: this.complaintId, ...this.payload };
  }
}
