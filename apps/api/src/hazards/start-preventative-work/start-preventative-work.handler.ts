import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { StartPreventativeWorkCommand } from './start-preventative-work.command';

@CommandHandler(StartPreventativeWorkCommand)
export class StartPreventativeWorkHandler extends HazardCommandHandler<StartPreventativeWorkCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
