import type { AcknowledgeStage1 } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { AcknowledgeStage1Request } from './acknowledge-stage1.request';

export class AcknowledgeStage1Command extends ComplaintHttpCommand<AcknowledgeStage1Request> {
  toDomain(): AcknowledgeStage1 {
    return { type: 'AcknowledgeStage1', complaintId: this.complaintId, ...this.payload };
  }
}
