import type { CompletePreventativeWork } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { CompletePreventativeWorkRequest } from './complete-preventative-work.request';

export class CompletePreventativeWorkCommand extends HazardHttpCommand<CompletePreventativeWorkRequest> {
  toDomain(): CompletePreventativeWork {
    return { type: 'CompletePreventativeWork', hazardId: this.hazardId, ...this.payload };
  }
}
