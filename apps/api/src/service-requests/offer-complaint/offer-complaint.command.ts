import type { OfferComplaint } from '@redress/service-requests';
import { ServiceRequestHttpCommand } from '../shared/service-request-http.command';
import type { OfferComplaintRequest } from './offer-complaint.request';

export class OfferComplaintCommand extends ServiceRequestHttpCommand<OfferComplaintRequest> {
  toDomain(): OfferComplaint {
    return { type: 'OfferComplaint', serviceRequestId: this.serviceRequestId, ...this.payload };
  }
}
