import { CommandHandler } from '@nestjs/cqrs';
import type { ComplaintReceived } from '@redress/complaints';
import { appendWithReference } from '../reference/append-with-reference';
import { ReferenceIndex } from '../reference/reference-index.service';
import type { CommandOutcome } from '../shared/complaint-command.service';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { LogComplaintCommand } from './log-complaint.command';

/**
 * Logs the complaint with the next reference of its year of receipt: in the same commit where
 * the store can append to several streams at once, just after otherwise. A retried log, or one
 * whose allocation was lost to a crash between the two writes, finds or allocates it here.
 */
@CommandHandler(LogComplaintCommand)
export class LogComplaintHandler {
  constructor(
    private readonly service: ComplaintCommandService,
    private readonly references: ReferenceIndex,
  ) {}

  async execute(command: LogComplaintCommand): Promise<CommandOutcome> {
    const { actor } = command.context;
    const outcome = await this.service.execute(command.toDomain(), command.context, {
      appendWith: (store) => appendWithReference(store, this.references, actor),
    });
    const received = outcome.events.find(
      (e): e is ComplaintReceived => e.type === 'ComplaintReceived',
    );
    const year = (received?.data.effectiveOn ?? new Date().toISOString()).slice(0, 4);
    const reference = await this.references.allocate(outcome.id, year, actor);
    return { ...outcome, reference };
  }
}
