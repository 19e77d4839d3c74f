import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { IssueStage2ResponseCommand } from './issue-stage2-response.command';

@CommandHandler(IssueStage2ResponseCommand)
export class IssueStage2ResponseHandler extends ComplaintCommandHandler<IssueStage2ResponseCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
