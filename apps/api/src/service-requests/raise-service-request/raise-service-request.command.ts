import type { RaiseServiceRequest } from '@redress/service-requests';
import { ServiceRequestHttpCommand } from '../shared/service-request-http.command';
import type { RaiseServiceRequestRequest } from './raise-service-request.request';

export class RaiseServiceRequestCommand extends ServiceRequestHttpCommand<RaiseServiceRequestRequest> {
  toDomain(): RaiseServiceRequest {
    return {
      type: 'RaiseServiceRequest',
      serviceRequestId: this.serviceRequestId,
      ...this.payload,
    };
  }
}
