import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { IssueStage1ResponseCommand } from './issue-stage1-response.command';

@CommandHandler(IssueStage1ResponseCommand)
export class IssueStage1ResponseHandler extends ComplaintCommandHandler<IssueStage1ResponseCommand> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
