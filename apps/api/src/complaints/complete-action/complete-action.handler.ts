import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { CompleteActionCommand } from './complete-action.command';

@CommandHandler(CompleteActionCommand)
export class CompleteActionHandler extends ComplaintCommandHandler<CompleteActionCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
