import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RecordOmbudsmanReferralCommand } from './record-ombudsman-referral.command';

@CommandHandler(RecordOmbudsmanReferralCommand)
export class RecordOmbudsmanReferralHandler extends ComplaintCommandHandler<RecordOmbudsmanReferralCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
