import {
  decideServiceRequest,
  evolveServiceRequest,
  initialServiceRequestState,
} from '@redress/service-requests';
import { EventSerializer, UpcasterRegistry } from '@redress/event-store';

/** The service request decider (CHC 1.2–1.5). It has no policy data: its rules carry no clock. */
export const serviceRequestDecider = {
  initialState: initialServiceRequestState,
  evolve: evolveServiceRequest,
  decide: decideServiceRequest,
};
/** Service request events are at schema version 1; their upcasters are registered here only. */
export const serviceRequestUpcasters = new UpcasterRegistry();
export const serviceRequestSerializer = new EventSerializer(serviceRequestUpcasters);
