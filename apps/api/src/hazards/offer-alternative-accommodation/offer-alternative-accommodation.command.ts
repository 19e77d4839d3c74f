import type { OfferAlternativeAccommodation } from '@redress/hazards';
import { HazardHttpCommand } from '../shared/hazard-http.command';
import type { OfferAlternativeAccommodationRequest } from './offer-alternative-accommodation.request';

export class OfferAlternativeAccommodationCommand extends HazardHttpCommand<OfferAlternativeAccommodationRequest> {
  toDomain(): OfferAlternativeAccommodation {
    return { type: 'OfferAlternativeAccommodation', hazardId: this.hazardId, ...this.payload };
  }
}
