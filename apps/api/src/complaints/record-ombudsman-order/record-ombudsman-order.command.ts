import type { RecordOmbudsmanOrder } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RecordOmbudsmanOrderRequest } from './record-ombudsman-order.request';

export class RecordOmbudsmanOrderCommand extends ComplaintHttpCommand<RecordOmbudsmanOrderRequest> {
  toDomain(): RecordOmbudsmanOrder {
    return { type: 'RecordOmbudsmanOrder', complaintId: this.complaintId, ...this.payload };
  }
}
