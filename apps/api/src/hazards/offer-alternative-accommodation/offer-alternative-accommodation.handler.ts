import { CommandHandler } from '@nestjs/cqrs';
import { HazardCommandService } from '../shared/hazard-command.service';
import { HazardCommandHandler } from '../shared/hazard-http.command';
import { OfferAlternativeAccommodationCommand } from './offer-alternative-accommodation.command';

@CommandHandler(OfferAlternativeAccommodationCommand)
export class OfferAlternativeAccommodationHandler extends HazardCommandHandler<OfferAlternativeAccommodationCommand> {
  constructor(service: HazardCommandService) {
    super(service);
  }
}
