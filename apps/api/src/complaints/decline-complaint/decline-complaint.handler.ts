import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { DeclineComplaintCommand } from './decline-complaint.command';

@CommandHandler(DeclineComplaintCommand)
export class DeclineComplaintHandler extends ComplaintCommandHandler<DeclineComplaintCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
