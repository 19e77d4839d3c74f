import type { RecordOrderCompliance } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RecordOrderComplianceRequest } from './record-order-compliance.request';

export class RecordOrderComplianceCommand extends ComplaintHttpCommand<RecordOrderComplianceRequest> {
  toDomain(): RecordOrderCompliance {
    return { type: 'RecordOrderCompliance', complaintId: this.complaintId, ...this.payload };
  }
}
