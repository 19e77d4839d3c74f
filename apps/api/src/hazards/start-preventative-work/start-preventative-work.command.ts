import type { StartPreventativeWork } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { StartPreventativeWorkRequest } from './start-preventative-work.request';

export class StartPreventativeWorkCommand extends HazardHttpCommand<StartPreventativeWorkRequest> {
  toDomain(): StartPreventativeWork {
    return { type: 'StartPreventativeWork', hazardId: this.hazardId, ...this.payload };
  }
}
