import { CommandHandler } from '@nestjs/cqrs';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { AcknowledgeStage2Command } from './acknowledge-stage2.command';

@CommandHandler(AcknowledgeStage2Command)
export class AcknowledgeStage2Handler extends ComplaintCommandHandler<AcknowledgeStage2Command> {
  constructor(service: ComplaintCommandService) {
    super(service);
  }
}
