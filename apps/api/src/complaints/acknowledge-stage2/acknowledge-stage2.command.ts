import type { AcknowledgeStage2 } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { AcknowledgeStage2Request } from './acknowledge-stage2.request';

export class AcknowledgeStage2Command extends ComplaintHttpCommand<AcknowledgeStage2Request> {
  toDomain(): AcknowledgeStage2 {
    return { type: 'AcknowledgeStage2', complaintId: this.complaintId, ...this.payload };
  }
}
