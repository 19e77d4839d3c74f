import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { CloseHazardCommand } from './close-hazard.command';

@CommandHandler(CloseHazardCommand)
export class CloseHazardHandler extends HazardCommandHandler<CloseHazardCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
