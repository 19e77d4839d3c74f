import type { Channel, LocalDate } from '@redress/complaints';
import type { ServiceRequestSnapshot } from '../lifecycle/lifecycle';

export type OfferStatus = 'AWAITING_ANSWER' | 'ACCEPTED' | 'DECLINED';

/** One offer of the choice to complain (CHC 1.3) and what the resident said. */
export interface OfferRecord {
  readonly offerId: string;
  readonly offeredOn: LocalDate;
  readonly dissatisfaction: string;
  /** Offered while the request was still being handled (CHC 1.5). */
  readonly whileOpen: boolean;
  readonly status: OfferStatus;
  readonly answeredOn?: LocalDate;
  /** The complaint an accepted offer led to: the link between the two. */
  readonly complaintId?: string;
  readonly residentsWords?: string;
}

export interface ServiceRequestRecord {
  readonly serviceRequestId: string;
  readonly residentRef: string;
  readonly propertyRef?: string;
  readonly channel: Channel;
  readonly description: string;
  readonly raisedOn: LocalDate;
  readonly inHandOn?: LocalDate;
  readonly assignee?: string;
  readonly plannedFor?: LocalDate;
  readonly completedOn?: LocalDate;
  readonly outcome?: string;
  readonly offers: readonly OfferRecord[];
  readonly lastStepOn: LocalDate;
  readonly version: number;
}

export interface ServiceRequestState {
  readonly lifecycle: ServiceRequestSnapshot;
  readonly request: ServiceRequestRecord | null;
}
