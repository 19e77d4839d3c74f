import type { CorrectTenure } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { CorrectTenureRequest } from './correct-tenure.request';

export class CorrectTenureCommand extends ComplaintHttpCommand<CorrectTenureRequest> {
  toDomain(): CorrectTenure {
    return { type: 'CorrectTenure', complaintId: this.complaintId, ...this.payload };
  }
}
