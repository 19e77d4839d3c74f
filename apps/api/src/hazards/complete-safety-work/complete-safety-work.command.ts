import type { CompleteSafetyWork } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { CompleteSafetyWorkRequest } from './complete-safety-work.request';

export class CompleteSafetyWorkCommand extends HazardHttpCommand<CompleteSafetyWorkRequest> {
  toDomain(): CompleteSafetyWork {
    return { type: 'CompleteSafetyWork', hazardId: this.hazardId, ...this.payload };
  }
}
