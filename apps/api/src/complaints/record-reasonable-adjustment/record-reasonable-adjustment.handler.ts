import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RecordReasonableAdjustmentCommand } from './record-reasonable-adjustment.command';

@CommandHandler(RecordReasonableAdjustmentCommand)
export class RecordReasonableAdjustmentHandler extends ComplaintCommandHandler<RecordReasonableAdjustmentCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
