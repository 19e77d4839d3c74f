import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { ConcludeInvestigationCommand } from './conclude-investigation.command';

@CommandHandler(ConcludeInvestigationCommand)
export class ConcludeInvestigationHandler extends HazardCommandHandler<ConcludeInvestigationCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
