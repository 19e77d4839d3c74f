import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RecordOmbudsmanOrderCommand } from './record-ombudsman-order.command';

@CommandHandler(RecordOmbudsmanOrderCommand)
export class RecordOmbudsmanOrderHandler extends ComplaintCommandHandler<RecordOmbudsmanOrderCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
