import type { ServiceRequestCommand } from '../commands/service-request-command';
import { ServiceRequestError } from '../errors/service-request-error';
import type { ServiceRequestEvent } from '../events/service-request-events';
import type { ServiceRequestState } from '../state/service-request-state';
import type { ServiceRequestDecisionContext } from './decision-context';
import { acceptComplaintOffer, declineComplaintOffer, offerComplaint } from './offer.decide';
import {
  completeServiceRequest,
  raiseServiceRequest,
  takeServiceRequestInHand,
} from './request.decide';

/** The service request decider: events from a command and the state, or a named refusal. */
export function decideServiceRequest(
  command: ServiceRequestCommand,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): ServiceRequestEvent[] {
  switch (command.type) {
    case 'RaiseServiceRequest':
      return raiseServiceRequest(command, state, ctx);
    case 'TakeServiceRequestInHand':
      return takeServiceRequestInHand(command, state, ctx);
    case 'CompleteServiceRequest':
      return completeServiceRequest(command, state, ctx);
    case 'OfferComplaint':
      return offerComplaint(command, state, ctx);
    case 'AcceptComplaintOffer':
      return acceptComplaintOffer(command, state, ctx);
    case 'DeclineComplaintOffer':
      return declineComplaintOffer(command, state, ctx);
    default: {
      const unknown: never = command;
      throw new ServiceRequestError(
        'INVALID_COMMAND',
        `Unknown command ${(unknown as { type: string }).type}`,
      );
    }
  }
}
