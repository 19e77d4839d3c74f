import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RefuseEscalationCommand } from './refuse-escalation.command';

@CommandHandler(RefuseEscalationCommand)
export class RefuseEscalationHandler extends ComplaintCommandHandler<RefuseEscalationCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
