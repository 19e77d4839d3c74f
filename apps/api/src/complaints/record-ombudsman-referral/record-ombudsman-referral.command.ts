import type { RecordOmbudsmanReferral } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RecordOmbudsmanReferralRequest } from './record-ombudsman-referral.request';

export class RecordOmbudsmanReferralCommand extends ComplaintHttpCommand<RecordOmbudsmanReferralRequest> {
  toDomain(): RecordOmbudsmanReferral {
    return { type: 'RecordOmbudsmanReferral', complaintId: this.complaintId, ...this.payload };
  }
}
