import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { DeferPreventativeWorkCommand } from './defer-preventative-work.command';

@CommandHandler(DeferPreventativeWorkCommand)
export class DeferPreventativeWorkHandler extends HazardCommandHandler<DeferPreventativeWorkCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
