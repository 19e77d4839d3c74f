import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RequestEscalationCommand } from './request-escalation.command';

@CommandHandler(RequestEscalationCommand)
export class RequestEscalationHandler extends ComplaintCommandHandler<RequestEscalationCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
