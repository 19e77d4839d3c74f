import type { DeferPreventativeWork } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { DeferPreventativeWorkRequest } from './defer-preventative-work.request';

export class DeferPreventativeWorkCommand extends HazardHttpCommand<DeferPreventativeWorkRequest> {
  toDomain(): DeferPreventativeWork {
    return { type: 'DeferPreventativeWork', hazardId: this.hazardId, ...this.payload };
  }
}
