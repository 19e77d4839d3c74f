import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ServiceRequestReader } from '../shared/service-request-reader.service';
import { GetServiceRequestQuery } from './get-service-request.query';
import { serviceRequestView, type ServiceRequestView } from './service-request.view';

@QueryHandler(GetServiceRequestQuery)
export class GetServiceRequestHandler implements IQueryHandler<GetServiceRequestQuery> {
  constructor(private readonly reader: ServiceRequestReader) {}

  async execute(query: GetServiceRequestQuery): Promise<ServiceRequestView> {
    return serviceRequestView(await this.reader.load(query.serviceRequestId));
  }
}
