import type { RecordReasonableAdjustment } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RecordReasonableAdjustmentRequest } from './record-reasonable-adjustment.request';

export class RecordReasonableAdjustmentCommand extends ComplaintHttpCommand<RecordReasonableAdjustmentRequest> {
  toDomain(): RecordReasonableAdjustment {
    return { type: 'RecordReasonableAdjustment', complaintId: this.complaintId, ...this.payload };
  }
}
