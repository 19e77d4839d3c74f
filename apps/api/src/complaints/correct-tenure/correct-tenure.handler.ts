import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { CorrectTenureCommand } from './correct-tenure.command';

@CommandHandler(CorrectTenureCommand)
export class CorrectTenureHandler extends ComplaintCommandHandler<CorrectTenureCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
