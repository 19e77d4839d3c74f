import {
  evolveServiceRequest,
  initialServiceRequestState,
  serviceRequestStatusOf,
  type ServiceRequestEvent,
  type ServiceRequestState,
} from '@redress/service-requests';
import type { ComplaintOffersTable, ServiceRequestsTable } from '../schema/read-model-tables';

/** The projection's document for one service request: the domain's fold and its revision. */
export interface ProjectedServiceRequest {
  readonly serviceRequestId: string;
  readonly revision: number;
  readonly state: ServiceRequestState;
}

/** Folds one stored event in; an event at or below the revision folded is a redelivery. */
export function projectServiceRequestEvent(
  doc: ProjectedServiceRequest | null,
  serviceRequestId: string,
  revision: number,
  event: ServiceRequestEvent,
): ProjectedServiceRequest {
  const current = doc ?? { serviceRequestId, revision: -1, state: initialServiceRequestState() };
  if (revision <= current.revision) return current;
  return { serviceRequestId, revision, state: evolveServiceRequest(current.state, event) };
}

export interface ServiceRequestRowSet {
  readonly request: ServiceRequestsTable;
  /** Every offer of the choice to complain, answered or not (CHC 1.3, 1.5). */
  readonly offers: ComplaintOffersTable[];
}

/** A request's rows; null for a stream with no raise. */
export function serviceRequestRowSet(doc: ProjectedServiceRequest): ServiceRequestRowSet | null {
  const r = doc.state.request;
  if (r === null) return null;
  const id = doc.serviceRequestId;
  return {
    request: {
      service_request_id: id,
      revision: doc.revision,
      status: serviceRequestStatusOf(doc.state.lifecycle),
      resident_ref: r.residentRef,
      property_ref: r.propertyRef ?? null,
      channel: r.channel,
      raised_on: r.raisedOn,
      in_hand_on: r.inHandOn ?? null,
      completed_on: r.completedOn ?? null,
      assignee: r.assignee ?? null,
    },
    offers: r.offers.map((o) => ({
      service_request_id: id,
      offer_id: o.offerId,
      offered_on: o.offeredOn,
      while_open: o.whileOpen ? 1 : 0,
      status: o.status,
      answered_on: o.answeredOn ?? null,
      complaint_id: o.complaintId ?? null,
    })),
  };
}
