import type { ClassifyHazard } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { ClassifyHazardRequest } from './classify-hazard.request';

export class ClassifyHazardCommand extends HazardHttpCommand<ClassifyHazardRequest> {
  toDomain(): ClassifyHazard {
    return { type: 'ClassifyHazard', hazardId: this.hazardId, ...this.payload };
  }
}
