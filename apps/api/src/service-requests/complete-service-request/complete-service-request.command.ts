import type { CompleteServiceRequest } from '@redress/service-requests';
import { ServiceRequestHttpCommand } from '../shared/service-request-http.command';
import type { CompleteServiceRequestRequest } from './complete-service-request.request';

export class CompleteServiceRequestCommand extends ServiceRequestHttpCommand<CompleteServiceRequestRequest> {
  toDomain(): CompleteServiceRequest {
    return {
      type: 'CompleteServiceRequest',
      serviceRequestId: this.serviceRequestId,
      ...this.payload,
    };
  }
}
