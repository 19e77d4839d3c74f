import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  ServiceRequestCommandService,
  type ServiceRequestOutcome,
} from '../shared/service-request-command.service';
import { AcceptComplaintOfferCommand } from './accept-complaint-offer.command';

@CommandHandler(AcceptComplaintOfferCommand)
export class AcceptComplaintOfferHandler implements ICommandHandler<AcceptComplaintOfferCommand> {
  constructor(private readonly service: ServiceRequestCommandService) {}

  execute(command: AcceptComplaintOfferCommand): Promise<ServiceRequestOutcome> {
    return this.service.acceptOffer(
      command.serviceRequestId,
      command.offerId,
      command.payload,
      command.context,
    );
  }
}
