import { Command } from '@nestjs/cqrs';
import type { ServiceRequestCommand } from '@redress/service-requests';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import type {
  ServiceRequestCommandService,
  ServiceRequestOutcome,
} from './service-request-command.service';

/** An officer's request about a service request on the CommandBus (CHC 1.4). */
export abstract class ServiceRequestHttpCommand<Payload> extends Command<ServiceRequestOutcome> {
  constructor(
    readonly serviceRequestId: string,
    readonly payload: Payload,
    readonly context: RequestContext,
  ) {
    super();
  }

  abstract toDomain(): ServiceRequestCommand;
}

/** The thin handler every service request use case registers. */
export abstract class ServiceRequestCommandHandler<C extends ServiceRequestHttpCommand<unknown>> {
  constructor(private readonly service: ServiceRequestCommandService) {}

  execute(command: C): Promise<ServiceRequestOutcome> {
    return this.service.execute(command.toDomain(), command.context);
  }
}
