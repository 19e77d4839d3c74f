import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { MakeSafeCommand } from './make-safe.command';

@CommandHandler(MakeSafeCommand)
export class MakeSafeHandler extends HazardCommandHandler<MakeSafeCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
