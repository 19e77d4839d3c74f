import { CommandHandler } from '@nestjs/cqrs';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { ServiceRequestCommandHandler } from '../shared/service-request-http.command';
import { TakeServiceRequestInHandCommand } from './take-service-request-in-hand.command';

@CommandHandler(TakeServiceRequestInHandCommand)
export class TakeServiceRequestInHandHandler extends ServiceRequestCommandHandler<TakeServiceRequestInHandCommand> {
  constructor(service: ServiceRequestCommandService) {
    super(service);
  }
}
