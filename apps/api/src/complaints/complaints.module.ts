import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AcknowledgeStage1Controller } from './acknowledge-stage1/acknowledge-stage1.controller';
import { AcknowledgeStage1Handler } from './acknowledge-stage1/acknowledge-stage1.handler';
import { GetComplaintController } from './get-complaint/get-complaint.controller';
import { GetComplaintHandler } from './get-complaint/get-complaint.handler';
import { GetComplaintEventsController } from './get-complaint-events/get-complaint-events.controller';
import { GetComplaintEventsHandler } from './get-complaint-events/get-complaint-events.handler';
import { LogComplaintController } from './log-complaint/log-complaint.controller';
import { LogComplaintHandler } from './log-complaint/log-complaint.handler';
import { ComplaintCommandService } from './shared/complaint-command.service';
import { ComplaintReader } from './shared/complaint-reader.service';

/** One entry per use case (habit 7: handlers registered in provider arrays). */
const USE_CASES = [
  [LogComplaintController, LogComplaintHandler],
  [AcknowledgeStage1Controller, AcknowledgeStage1Handler],
  [GetComplaintController, GetComplaintHandler],
  [GetComplaintEventsController, GetComplaintEventsHandler],
] as const;

@Module({
  imports: [CqrsModule],
  controllers: USE_CASES.map(([controller]) => controller),
  providers: [ComplaintCommandService, ComplaintReader, ...USE_CASES.map(([, handler]) => handler)],
})
export class ComplaintsModule {}
