import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { WithdrawComplaintCommand } from './withdraw-complaint.command';

@CommandHandler(WithdrawComplaintCommand)
export class WithdrawComplaintHandler extends ComplaintCommandHandler<WithdrawComplaintCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
