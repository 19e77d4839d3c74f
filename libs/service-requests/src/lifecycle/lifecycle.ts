import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { ServiceRequestEvent } from '../events/service-request-events';
import { serviceRequestMachine } from './service-request.machine';

export type ServiceRequestSnapshot = SnapshotFrom<typeof serviceRequestMachine>;

const INITIAL: ServiceRequestSnapshot = initialTransition(serviceRequestMachine)[0];

export function initialServiceRequestLifecycle(): ServiceRequestSnapshot {
  return INITIAL;
}

/** Moves by one stored event; one the machine does not accept leaves it where it is. */
export function advanceServiceRequest(
  snapshot: ServiceRequestSnapshot,
  event: ServiceRequestEvent,
): ServiceRequestSnapshot {
  return transition(serviceRequestMachine, snapshot, event)[0];
}

export function serviceRequestAccepts(
  snapshot: ServiceRequestSnapshot,
  event: ServiceRequestEvent,
): boolean {
  return snapshot.can(event);
}

/** `new`, `raised`, `inHand` or `done`. */
export function serviceRequestStatusOf(snapshot: ServiceRequestSnapshot): string {
  return String(snapshot.value);
}
