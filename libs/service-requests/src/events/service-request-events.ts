import type { Channel, DomainEvent, EffectiveDated, LocalDate } from '@redress/complaints';

/**
 * CHC 1.4: "a request from a resident to the landlord requiring action to be taken to put
 * something right". It is not a complaint, and it must be recorded, monitored and reviewed.
 */
export type ServiceRequestRaised = DomainEvent<
  'ServiceRequestRaised',
  EffectiveDated & {
    serviceRequestId: string;
    residentRef: string;
    propertyRef?: string;
    channel: Channel;
    description: string;
  }
>;

export type ServiceRequestTakenInHand = DomainEvent<
  'ServiceRequestTakenInHand',
  EffectiveDated & { assignee: string; plannedFor?: LocalDate }
>;

export type ServiceRequestCompleted = DomainEvent<
  'ServiceRequestCompleted',
  EffectiveDated & { outcome: string }
>;

/**
 * CHC 1.3: the resident expressed dissatisfaction and was given the choice to complain. CHC 1.5:
 * this may happen while the request is still being handled; `whileOpen` records whether it was,
 * and the request's own lifecycle carries on either way.
 */
export type ComplaintOffered = DomainEvent<
  'ComplaintOffered',
  EffectiveDated & { offerId: string; dissatisfaction: string; whileOpen: boolean }
>;

/** The resident chose to complain: the complaint it led to is the link (CHC 1.5). */
export type ComplaintOfferAccepted = DomainEvent<
  'ComplaintOfferAccepted',
  EffectiveDated & { offerId: string; complaintId: string }
>;

/** The resident chose not to complain: kept as evidence for the self-assessment (CHC 1.3). */
export type ComplaintOfferDeclined = DomainEvent<
  'ComplaintOfferDeclined',
  EffectiveDated & { offerId: string; residentsWords?: string }
>;

export type ServiceRequestEvent =
  | ServiceRequestRaised
  | ServiceRequestTakenInHand
  | ServiceRequestCompleted
  | ComplaintOffered
  | ComplaintOfferAccepted
  | ComplaintOfferDeclined;

export type ServiceRequestEventType = ServiceRequestEvent['type'];

/** Typed as a record over the union: a missing or extra name fails to compile. */
const EVENT_TYPE_SET: { readonly [T in ServiceRequestEventType]: true } = {
  ServiceRequestRaised: true,
  ServiceRequestTakenInHand: true,
  ServiceRequestCompleted: true,
  ComplaintOffered: true,
  ComplaintOfferAccepted: true,
  ComplaintOfferDeclined: true,
};

export const SERVICE_REQUEST_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as ServiceRequestEventType[];

export function isServiceRequestEventType(type: string): type is ServiceRequestEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPE_SET, type);
}
