import type { RecordReasonableEndeavours } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { RecordReasonableEndeavoursRequest } from './record-reasonable-endeavours.request';

export class RecordReasonableEndeavoursCommand extends HazardHttpCommand<RecordReasonableEndeavoursRequest> {
  toDomain(): RecordReasonableEndeavours {
    return { type: 'RecordReasonableEndeavours', hazardId: this.hazardId, ...this.payload };
  }
}
