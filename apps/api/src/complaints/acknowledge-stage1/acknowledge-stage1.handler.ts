import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { AcknowledgeStage1Command } from './acknowledge-stage1.command';

@CommandHandler(AcknowledgeStage1Command)
export class AcknowledgeStage1Handler extends ComplaintCommandHandler<AcknowledgeStage1Command> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
