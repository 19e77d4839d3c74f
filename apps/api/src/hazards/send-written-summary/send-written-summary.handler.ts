import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { SendWrittenSummaryCommand } from './send-written-summary.command';

@CommandHandler(SendWrittenSummaryCommand)
export class SendWrittenSummaryHandler extends HazardCommandHandler<SendWrittenSummaryCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
