import { CommandHandler } from '@nestjs/cqrs';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { ServiceRequestCommandHandler } from '../shared/service-request-http.command';
import { DeclineComplaintOfferCommand } from './decline-complaint-offer.command';

@CommandHandler(DeclineComplaintOfferCommand)
export class DeclineComplaintOfferHandler extends ServiceRequestCommandHandler<DeclineComplaintOfferCommand> {
  constructor(service: ServiceRequestCommandService) {
    super(service);
  }
}
