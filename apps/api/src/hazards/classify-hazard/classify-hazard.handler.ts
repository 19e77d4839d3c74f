import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { ClassifyHazardCommand } from './classify-hazard.command';

@CommandHandler(ClassifyHazardCommand)
export class ClassifyHazardHandler extends HazardCommandHandler<ClassifyHazardCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
