import type { ConcludeInvestigation } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { ConcludeInvestigationRequest } from './conclude-investigation.request';

export class ConcludeInvestigationCommand extends HazardHttpCommand<ConcludeInvestigationRequest> {
  toDomain(): ConcludeInvestigation {
    return { type: 'ConcludeInvestigation', hazardId: this.hazardId, ...this.payload };
  }
}
