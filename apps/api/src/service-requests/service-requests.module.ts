import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RaiseServiceRequestController } from './raise-service-request/raise-service-request.controller';
import { RaiseServiceRequestHandler } from './raise-service-request/raise-service-request.handler';
import { TakeServiceRequestInHandController } from './take-service-request-in-hand/take-service-request-in-hand.controller';
import { TakeServiceRequestInHandHandler } from './take-service-request-in-hand/take-service-request-in-hand.handler';
import { CompleteServiceRequestController } from './complete-service-request/complete-service-request.controller';
import { CompleteServiceRequestHandler } from './complete-service-request/complete-service-request.handler';
import { OfferComplaintController } from './offer-complaint/offer-complaint.controller';
import { OfferComplaintHandler } from './offer-complaint/offer-complaint.handler';
import { AcceptComplaintOfferController } from './accept-complaint-offer/accept-complaint-offer.controller';
import { AcceptComplaintOfferHandler } from './accept-complaint-offer/accept-complaint-offer.handler';
import { DeclineComplaintOfferController } from './decline-complaint-offer/decline-complaint-offer.controller';
import { DeclineComplaintOfferHandler } from './decline-complaint-offer/decline-complaint-offer.handler';
import { GetServiceRequestController } from './get-service-request/get-service-request.controller';
import { GetServiceRequestHandler } from './get-service-request/get-service-request.handler';
import { GetServiceRequestEventsController } from './get-service-request-events/get-service-request-events.controller';
import { GetServiceRequestEventsHandler } from './get-service-request-events/get-service-request-events.handler';
import { ServiceRequestCommandService } from './shared/service-request-command.service';
import { ServiceRequestReader } from './shared/service-request-reader.service';

/** Service requests and the offer to complain (CHC 1.2–1.5): one entry per use case. */
const USE_CASES = [
  [RaiseServiceRequestController, RaiseServiceRequestHandler],
  [TakeServiceRequestInHandController, TakeServiceRequestInHandHandler],
  [CompleteServiceRequestController, CompleteServiceRequestHandler],
  [OfferComplaintController, OfferComplaintHandler],
  [AcceptComplaintOfferController, AcceptComplaintOfferHandler],
  [DeclineComplaintOfferController, DeclineComplaintOfferHandler],
  [GetServiceRequestController, GetServiceRequestHandler],
  [GetServiceRequestEventsController, GetServiceRequestEventsHandler],
] as const;

@Module({
  imports: [CqrsModule],
  controllers: USE_CASES.map(([controller]) => controller),
  providers: [
    ServiceRequestCommandService,
    ServiceRequestReader,
    ...USE_CASES.map(([, handler]) => handler),
  ],
})
export class ServiceRequestsModule {}
