import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { RecordReasonableEndeavoursCommand } from './record-reasonable-endeavours.command';

@CommandHandler(RecordReasonableEndeavoursCommand)
export class RecordReasonableEndeavoursHandler extends HazardCommandHandler<RecordReasonableEndeavoursCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
