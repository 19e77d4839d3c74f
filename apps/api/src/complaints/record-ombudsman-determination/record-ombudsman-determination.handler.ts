import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RecordOmbudsmanDeterminationCommand } from './record-ombudsman-determination.command';

@CommandHandler(RecordOmbudsmanDeterminationCommand)
export class RecordOmbudsmanDeterminationHandler extends ComplaintCommandHandler<RecordOmbudsmanDeterminationCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
