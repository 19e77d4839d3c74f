import type { RecordOmbudsmanDetermination } from '@redress/complaints';
import { ComplaintHttpCommand } from '../shared/complaint-http.command';
import type { RecordOmbudsmanDeterminationRequest } from './record-ombudsman-determination.request';

export class RecordOmbudsmanDeterminationCommand extends ComplaintHttpCommand<RecordOmbudsmanDeterminationRequest> {
  toDomain(): RecordOmbudsmanDetermination {
    return { type: 'RecordOmbudsmanDetermination', complaintId: this.complaintId, ...this.payload };
  }
}
