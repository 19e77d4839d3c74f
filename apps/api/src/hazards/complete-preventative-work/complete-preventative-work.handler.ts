import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { CompletePreventativeWorkCommand } from './complete-preventative-work.command';

@CommandHandler(CompletePreventativeWorkCommand)
export class CompletePreventativeWorkHandler extends HazardCommandHandler<CompletePreventativeWorkCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
