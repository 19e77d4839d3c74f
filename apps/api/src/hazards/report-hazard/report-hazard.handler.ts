import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { ReportHazardCommand } from './report-hazard.command';

@CommandHandler(ReportHazardCommand)
export class ReportHazardHandler extends HazardCommandHandler<ReportHazardCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
