import { CommandHandler } from '@nestjs/cqrs';
import type { ComplaintReceived } from '@redress/complaints';
import { ReferenceIndex } from '../reference/reference-index.service';
import type { CommandOutcome } from '../shared/complaint-command.service';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { ComplaintCommandHandler } from '../shared/complaint-http.command';
import { LogComplaintCommand } from './log-complaint.command';

/** Logs the complaint, then gives it the next reference of its year of receipt. */
@CommandHandler(LogComplaintCommand)
export class LogComplaintHandler extends ComplaintCommandHandler<LogComplaintCommand> {
  constructor(
    service: ComplaintCommandService,
    private readonly references: ReferenceIndex,
  ) {
    super(service);
  }

  override async execute(command: LogComplaintCommand): Promise<CommandOutcome> {
    const outcome = await super.execute(command);
    const received = outcome.events.find(
      (e): e is ComplaintReceived => e.type === 'ComplaintReceived',
    );
    const year = (received?.data.effectiveOn ?? new Date().toISOString()).slice(0, 4);
    const reference = await this.references.allocate(outcome.id, year, command.context.actor);
    return { ...outcome, reference };
  }
}
