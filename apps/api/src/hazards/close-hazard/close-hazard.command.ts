import type { CloseHazard } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { CloseHazardRequest } from './close-hazard.request';

export class CloseHazardCommand extends HazardHttpCommand<CloseHazardRequest> {
  toDomain(): CloseHazard {
    return { type: 'CloseHazard', hazardId: this.hazardId, ...this.payload };
  }
}
