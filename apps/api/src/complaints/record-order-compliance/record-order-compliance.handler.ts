import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RecordOrderComplianceCommand } from './record-order-compliance.command';

@CommandHandler(RecordOrderComplianceCommand)
export class RecordOrderComplianceHandler extends ComplaintCommandHandler<RecordOrderComplianceCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
