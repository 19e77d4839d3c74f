import type { LocalDate } from '@redress/complaints';
import type {
  ServiceRequestCommand,
  ServiceRequestCommandOfType,
  ServiceRequestCommandType,
} from '../commands/service-request-command';
import { decideServiceRequest } from '../decide/decide';
import type { ServiceRequestDecisionContext } from '../decide/decision-context';
import { ServiceRequestError, type ServiceRequestErrorCode } from '../errors/service-request-error';
import type { ServiceRequestEvent } from '../events/service-request-events';
import { foldServiceRequest } from '../state/evolve';

export const SERVICE_REQUEST_ID = 'sr-0001';

/** A decision context whose clock reads noon in London on `on`. */
export function requestContextOn(
  on: LocalDate,
  actorId = 'officer-1',
): ServiceRequestDecisionContext {
  return { now: new Date(`${on}T12:00:00Z`), actor: { id: actorId, role: 'officer' } };
}

function builder<T extends ServiceRequestCommandType>(
  type: T,
  defaults: Omit<ServiceRequestCommandOfType<T>, 'type' | 'serviceRequestId'>,
) {
  return (overrides: Partial<Omit<ServiceRequestCommandOfType<T>, 'type'>> = {}) =>
    ({
      type,
      serviceRequestId: SERVICE_REQUEST_ID,
      ...defaults,
      ...overrides,
    }) as ServiceRequestCommandOfType<T>;
}

/** A valid command of each type, to be adjusted per test. */
export const requestCommands = {
  raise: builder('RaiseServiceRequest', {
    residentRef: 'R-100',
    propertyRef: 'P-200',
    channel: 'PHONE',
    description: 'Kitchen tap leaking',
  }),
  takeInHand: builder('TakeServiceRequestInHand', { assignee: 'plumber-7' }),
  complete: builder('CompleteServiceRequest', { outcome: 'Tap washer replaced' }),
  offer: builder('OfferComplaint', {
    dissatisfaction: 'Third missed appointment; took a day off work for nothing',
  }),
  accept: builder('AcceptComplaintOffer', { offerId: 'O1', complaintId: 'c-0001' }),
  decline: builder('DeclineComplaintOffer', {
    offerId: 'O1',
    residentsWords: 'Just fix the tap, I don’t want to complain',
  }),
};

/** Builds a history through the real decider, one command per business day. */
export function historyOf(
  ...steps: readonly [LocalDate, ServiceRequestCommand][]
): ServiceRequestEvent[] {
  return steps.reduce<ServiceRequestEvent[]>(
    (events, [on, command]) => [
      ...events,
      ...decideServiceRequest(command, foldServiceRequest(events), requestContextOn(on)),
    ],
    [],
  );
}

/** Given / when / then with full event equality, and `thenThrows(code)` for refusals. */
export function given(history: readonly ServiceRequestEvent[]) {
  return {
    when(command: ServiceRequestCommand, ctx: ServiceRequestDecisionContext) {
      let outcome: { events: ServiceRequestEvent[] } | { error: ServiceRequestError };
      try {
        outcome = { events: decideServiceRequest(command, foldServiceRequest(history), ctx) };
      } catch (error) {
        if (!(error instanceof ServiceRequestError)) throw error;
        outcome = { error };
      }
      return {
        then(expected: readonly ServiceRequestEvent[]): void {
          if ('error' in outcome) {
            throw new Error(`Expected events, got ${outcome.error.code}: ${outcome.error.message}`);
          }
          expect(outcome.events).toEqual(expected);
        },
        thenThrows(code: ServiceRequestErrorCode): void {
          if ('events' in outcome) {
            throw new Error(
              `Expected ${code}, got ${outcome.events.map((e) => e.type).join(', ')}`,
            );
          }
          expect(outcome.error.code).toBe(code);
        },
      };
    },
  };
}
