import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { LogComplaintCommand } from './log-complaint.command';

@CommandHandler(LogComplaintCommand)
export class LogComplaintHandler extends ComplaintCommandHandler<LogComplaintCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
