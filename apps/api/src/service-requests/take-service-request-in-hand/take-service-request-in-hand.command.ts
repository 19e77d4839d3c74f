import type { TakeServiceRequestInHand } from '@redress/service-requests';
import { ServiceRequestHttpCommand } from '../shared/service-request-http.command';
import type { TakeServiceRequestInHandRequest } from './take-service-request-in-hand.request';

export class TakeServiceRequestInHandCommand extends ServiceRequestHttpCommand<TakeServiceRequestInHandRequest> {
  toDomain(): TakeServiceRequestInHand {
    return {
      type: 'TakeServiceRequestInHand',
      serviceRequestId: this.serviceRequestId,
      ...this.payload,
    };
  }
}
