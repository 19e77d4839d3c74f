import { Command } from '@nestjs/cqrs';
import type { ComplaintCommand } from '@redress/complaints';
import type {
  CommandOutcome,
  ComplaintCommandService,
  RequestContext,
} from './complaint-command.service';

/**
 * An officer's request on the CommandBus: the complaint, the validated body and who sent it.
 * Each use case's command says how it becomes a domain command; the rules stay in the domain.
 */
export abstract class ComplaintHttpCommand<Payload> extends Command<CommandOutcome> {
  constructor(
    readonly complaintId: string,
    readonly payload: Payload,
    readonly context: RequestContext,
  ) {
    super();
  }

  abstract toDomain(): ComplaintCommand;
}

/** The thin handler every use case registers (habit 7): build, run, return the outcome. */
export abstract class ComplaintCommandHandler<C extends ComplaintHttpCommand<unknown>> {
  constructor(private readonly service: ComplaintCommandService) {}

  execute(command: C): Promise<CommandOutcome> {
    return this.service.execute(command.toDomain(), command.context);
  }
}
