import type { Channel, LocalDate } from '@redress/complaints';

/**
 * What an officer asks for. `effectiveOn` is the business date (today in England when omitted);
 * an earlier date needs `backdateReason`, as for complaints.
 */
interface Command<Type extends string> {
  readonly type: Type;
  readonly serviceRequestId: string;
  readonly effectiveOn?: LocalDate;
  readonly backdateReason?: string;
}

export type RaiseServiceRequest = Command<'RaiseServiceRequest'> & {
  readonly residentRef: string;
  readonly propertyRef?: string;
  readonly channel: Channel;
  readonly description: string;
};
export type TakeServiceRequestInHand = Command<'TakeServiceRequestInHand'> & {
  readonly assignee: string;
  readonly plannedFor?: LocalDate;
};
export type CompleteServiceRequest = Command<'CompleteServiceRequest'> & {
  readonly outcome: string;
};

/** The resident's answer, when given at once (a phone call, say); otherwise answered later. */
export type OfferAnswer =
  | { readonly accepted: true; readonly complaintId: string }
  | { readonly accepted: false; readonly residentsWords?: string };

export type OfferComplaint = Command<'OfferComplaint'> & {
  readonly dissatisfaction: string;
  readonly answer?: OfferAnswer;
};
export type AcceptComplaintOffer = Command<'AcceptComplaintOffer'> & {
  readonly offerId: string;
  readonly complaintId: string;
};
export type DeclineComplaintOffer = Command<'DeclineComplaintOffer'> & {
  readonly offerId: string;
  readonly residentsWords?: string;
};

export type ServiceRequestCommand =
  | RaiseServiceRequest
  | TakeServiceRequestInHand
  | CompleteServiceRequest
  | OfferComplaint
  | AcceptComplaintOffer
  | DeclineComplaintOffer;

export type ServiceRequestCommandType = ServiceRequestCommand['type'];
export type ServiceRequestCommandOfType<T extends ServiceRequestCommandType> = Extract<
  ServiceRequestCommand,
  { type: T }
>;
