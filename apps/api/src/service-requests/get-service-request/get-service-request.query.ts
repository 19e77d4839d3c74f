import { Query } from '@nestjs/cqrs';
import type { ServiceRequestView } from './service-request.view';

export class GetServiceRequestQuery extends Query<ServiceRequestView> {
  constructor(readonly serviceRequestId: string) {
    super();
  }
}
