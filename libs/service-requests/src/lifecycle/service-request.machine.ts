import { assign, setup } from 'xstate';
import type { ServiceRequestEvent } from '../events/service-request-events';

/**
 * A service request's own small lifecycle: raised, in hand, done (CHC 1.4). The offer to
 * complain is not a state of it: dissatisfaction and the resident's answer are facts that can
 * be recorded in any state, and never stop the work (CHC 1.5).
 */
const stay = { guard: 'exists', actions: 'noteFact' } as const;

export const serviceRequestMachine = setup({
  types: { context: {} as { raised: boolean }, events: {} as ServiceRequestEvent },
  guards: { exists: ({ context }) => context.raised },
  actions: { markRaised: assign({ raised: true }), noteFact: () => undefined },
}).createMachine({
  id: 'serviceRequest',
  context: { raised: false },
  initial: 'new',
  on: { ComplaintOffered: stay, ComplaintOfferAccepted: stay, ComplaintOfferDeclined: stay },
  states: {
    new: { on: { ServiceRequestRaised: { target: 'raised', actions: 'markRaised' } } },
    raised: {
      on: { ServiceRequestTakenInHand: 'inHand', ServiceRequestCompleted: 'done' },
    },
    inHand: {
      // Reassignment keeps the request in hand.
      on: { ServiceRequestTakenInHand: stay, ServiceRequestCompleted: 'done' },
    },
    done: {},
  },
});
