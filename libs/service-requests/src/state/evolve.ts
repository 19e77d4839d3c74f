import type { ServiceRequestEvent } from '../events/service-request-events';
import { advanceServiceRequest, initialServiceRequestLifecycle } from '../lifecycle/lifecycle';
import type {
  OfferRecord,
  ServiceRequestRecord,
  ServiceRequestState,
} from './service-request-state';

export function initialServiceRequestState(): ServiceRequestState {
  return { lifecycle: initialServiceRequestLifecycle(), request: null };
}

/** Lifecycle through the machine, record through the reducer; never throws on stored history. */
export function evolveServiceRequest(
  state: ServiceRequestState,
  event: ServiceRequestEvent,
): ServiceRequestState {
  const lifecycle = advanceServiceRequest(state.lifecycle, event);
  const data = event.data as unknown;
  const usable = typeof data === 'object' && data !== null;
  if (state.request === null) {
    if (event.type !== 'ServiceRequestRaised' || !usable) return { lifecycle, request: null };
    const { effectiveOn, backdateReason: _reason, ...raised } = event.data;
    const request = { ...raised, raisedOn: effectiveOn, offers: [], lastStepOn: effectiveOn };
    return { lifecycle, request: { ...request, version: 1 } };
  }
  const r = state.request;
  const base: ServiceRequestRecord = { ...r, version: r.version + 1 };
  if (!usable) return { lifecycle, request: base };
  const on = event.data.effectiveOn;
  const stepped = { ...base, lastStepOn: on > r.lastStepOn ? on : r.lastStepOn };
  return { lifecycle, request: evolveRecord(stepped, event) };
}

export function foldServiceRequest(
  events: readonly ServiceRequestEvent[],
  from: ServiceRequestState = initialServiceRequestState(),
): ServiceRequestState {
  return events.reduce(evolveServiceRequest, from);
}

function evolveRecord(r: ServiceRequestRecord, event: ServiceRequestEvent): ServiceRequestRecord {
  switch (event.type) {
    case 'ServiceRequestRaised':
      return r; // a second raise on one stream is ignored, not thrown on
    case 'ServiceRequestTakenInHand':
      return {
        ...r,
        inHandOn: r.inHandOn ?? event.data.effectiveOn,
        assignee: event.data.assignee,
        plannedFor: event.data.plannedFor,
      };
    case 'ServiceRequestCompleted':
      return { ...r, completedOn: event.data.effectiveOn, outcome: event.data.outcome };
    case 'ComplaintOffered': {
      const { effectiveOn, backdateReason: _reason, ...offer } = event.data;
      const record: OfferRecord = { ...offer, offeredOn: effectiveOn, status: 'AWAITING_ANSWER' };
      return { ...r, offers: [...r.offers, record] };
    }
    case 'ComplaintOfferAccepted':
      return answer(r, event.data.offerId, {
        status: 'ACCEPTED',
        answeredOn: event.data.effectiveOn,
        complaintId: event.data.complaintId,
      });
    case 'ComplaintOfferDeclined':
      return answer(r, event.data.offerId, {
        status: 'DECLINED',
        answeredOn: event.data.effectiveOn,
        residentsWords: event.data.residentsWords,
      });
    default:
      return r;
  }
}

function answer(
  r: ServiceRequestRecord,
  offerId: string,
  change: Partial<OfferRecord>,
): ServiceRequestRecord {
  return { ...r, offers: r.offers.map((o) => (o.offerId === offerId ? { ...o, ...change } : o)) };
}
