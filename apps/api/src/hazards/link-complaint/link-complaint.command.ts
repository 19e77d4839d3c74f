import type { LinkComplaint } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { LinkComplaintRequest } from './link-complaint.request';

export class LinkComplaintCommand extends HazardHttpCommand<LinkComplaintRequest> {
  toDomain(): LinkComplaint {
    // Stream names are case-sensitive and a UUID is not: one spelling is kept.
    const complaintId = this.payload.complaintId.toLowerCase();
    return { type: 'LinkComplaint', hazardId: this.hazardId, ...this.payload, complaintId };
  }
}
