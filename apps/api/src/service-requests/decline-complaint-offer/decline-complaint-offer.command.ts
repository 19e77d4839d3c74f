import type { DeclineComplaintOffer } from '@redress/service-requests';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { ServiceRequestHttpCommand } from '../shared/service-request-http.command';
import type { DeclineComplaintOfferRequest } from './decline-complaint-offer.request';

export class DeclineComplaintOfferCommand extends ServiceRequestHttpCommand<DeclineComplaintOfferRequest> {
  constructor(
    serviceRequestId: string,
    readonly offerId: string,
    payload: DeclineComplaintOfferRequest,
    context: RequestContext,
  ) {
    super(serviceRequestId, payload, context);
  }

  toDomain(): DeclineComplaintOffer {
    return {
      type: 'DeclineComplaintOffer',
      serviceRequestId: this.serviceRequestId,
      offerId: this.offerId,
      ...this.payload,
    };
  }
}
