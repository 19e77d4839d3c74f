import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { RaiseAdditionalIssueCommand } from './raise-additional-issue.command';

@CommandHandler(RaiseAdditionalIssueCommand)
export class RaiseAdditionalIssueHandler extends ComplaintCommandHandler<RaiseAdditionalIssueCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
