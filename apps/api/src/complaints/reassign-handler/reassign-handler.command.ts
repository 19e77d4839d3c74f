import type { ReassignHandler } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { ReassignHandlerRequest } from './reassign-handler.request';

export class ReassignHandlerCommand extends ComplaintHttpCommand<ReassignHandlerRequest> {
  toDomain(): ReassignHandler {
    return { type: 'ReassignHandler', complaintId: this.complaintId, ...this.payload };
  }
}
