import type { ReportHazard } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { ReportHazardRequest } from './report-hazard.request';

export class ReportHazardCommand extends HazardHttpCommand<ReportHazardRequest> {
  toDomain(): ReportHazard {
    // Stream names are case-sensitive and a UUID is not: one spelling is kept.
    const complaintId = this.payload.complaintId?.toLowerCase();
    return { type: 'ReportHazard', hazardId: this.hazardId, ...this.payload, complaintId };
  }
}
