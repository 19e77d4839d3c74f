import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { ReassignHandlerCommand } from './reassign-handler.command';

@CommandHandler(ReassignHandlerCommand)
export class ReassignHandlerHandler extends ComplaintCommandHandler<ReassignHandlerCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
