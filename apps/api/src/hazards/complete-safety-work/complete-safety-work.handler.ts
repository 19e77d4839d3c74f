import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { CompleteSafetyWorkCommand } from './complete-safety-work.command';

@CommandHandler(CompleteSafetyWorkCommand)
export class CompleteSafetyWorkHandler extends HazardCommandHandler<CompleteSafetyWorkCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
