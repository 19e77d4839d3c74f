import { CommandHandler } from '@nestjs/cqrs';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { ServiceRequestCommandHandler } from '../shared/service-request-http.command';
import { CompleteServiceRequestCommand } from './complete-service-request.command';

@CommandHandler(CompleteServiceRequestCommand)
export class CompleteServiceRequestHandler extends ServiceRequestCommandHandler<CompleteServiceRequestCommand> {
  constructor(service: ServiceRequestCommandService) {
    super(service);
  }
}
