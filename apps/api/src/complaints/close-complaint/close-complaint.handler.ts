import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { CloseComplaintCommand } from './close-complaint.command';

@CommandHandler(CloseComplaintCommand)
export class CloseComplaintHandler extends ComplaintCommandHandler<CloseComplaintCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
