import type { MakeSafe } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { MakeSafeRequest } from './make-safe.request';

export class MakeSafeCommand extends HazardHttpCommand<MakeSafeRequest> {
  toDomain(): MakeSafe {
    return { type: 'MakeSafe', hazardId: this.hazardId, ...this.payload };
  }
}
