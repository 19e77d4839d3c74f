import { Command } from '@nestjs/cqrs';
import type { HazardCommand } from '@redress/hazards';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import type { HazardCommandService, HazardOutcome } from './hazard-command.service';

/**
 * An officer's request about a hazard case on the CommandBus: the case, the validated body and
 * who sent it. Each use case's command says how it becomes a domain command.
 */
export abstract class HazardHttpCommand<Payload> extends Command<HazardOutcome> {
  constructor(
    readonly hazardId: string,
    readonly payload: Payload,
    readonly context: RequestContext,
  ) {
    super();
  }

  abstract toDomain(): HazardCommand;
}

/** The thin handler every hazard use case registers: build, run, return the outcome. */
export abstract class HazardCommandHandler<C extends HazardHttpCommand<unknown>> {
  constructor(private readonly service: HazardCommandService) {}

  execute(command: C): Promise<HazardOutcome> {
    return this.service.execute(command.toDomain(), command.context);
  }
}
