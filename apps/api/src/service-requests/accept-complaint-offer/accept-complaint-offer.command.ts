import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import type { ServiceRequestOutcome } from '../shared/service-request-command.service';
import type { AcceptComplaintOfferRequest } from './accept-complaint-offer.request';

/** Two writes: the complaint logged, then the answer naming it (CHC 1.5). */
export class AcceptComplaintOfferCommand extends Command<ServiceRequestOutcome> {
  constructor(
    readonly serviceRequestId: string,
    readonly offerId: string,
    readonly payload: AcceptComplaintOfferRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}
