import { CommandHandler } from '@nestjs/cqrs';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { ServiceRequestCommandHandler } from '../shared/service-request-http.command';
import { OfferComplaintCommand } from './offer-complaint.command';

@CommandHandler(OfferComplaintCommand)
export class OfferComplaintHandler extends ServiceRequestCommandHandler<OfferComplaintCommand> {
  constructor(service: ServiceRequestCommandService) {
    super(service);
  }
}
