import type { CompleteAction } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { CompleteActionRequest } from './complete-action.request';

export class CompleteActionCommand extends ComplaintHttpCommand<CompleteActionRequest> {
  toDomain(): CompleteAction {
    return { type: 'CompleteAction', complaintId: this.complaintId, ...this.payload };
  }
}
