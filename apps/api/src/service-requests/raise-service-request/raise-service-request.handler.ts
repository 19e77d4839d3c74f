import { CommandHandler } from '@nestjs/cqrs';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { ServiceRequestCommandHandler } from '../shared/service-request-http.command';
import { RaiseServiceRequestCommand } from './raise-service-request.command';

@CommandHandler(RaiseServiceRequestCommand)
export class RaiseServiceRequestHandler extends ServiceRequestCommandHandler<RaiseServiceRequestCommand> {
  constructor(service: ServiceRequestCommandService) {
    super(service);
  }
}
