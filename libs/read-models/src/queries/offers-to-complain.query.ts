import type { Kysely } from 'kysely';
import type { LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';

/** One offer of the choice to complain, for the self-assessment's evidence (CHC 1.3, 1.5). */
export interface OfferToComplain {
  readonly serviceRequestId: string;
  readonly offerId: string;
  readonly offeredOn: LocalDate;
  /** Made while the service request was still being handled (CHC 1.5). */
  readonly whileOpen: boolean;
  readonly status: 'AWAITING_ANSWER' | 'ACCEPTED' | 'DECLINED';
  readonly answeredOn: LocalDate | null;
  /** The complaint an accepted offer led to. */
  readonly complaintId: string | null;
}

/**
 * CHC 1.3 and 1.5: when a resident expresses dissatisfaction the landlord gives them the choice
 * to complain, even while a service request is open. Every offer made in the period and its
 * answer: a declined offer is the evidence that the choice was given.
 */
export interface OffersToComplainEvidence {
  readonly provision: '1.3, 1.5';
  readonly made: number;
  readonly accepted: number;
  readonly declined: number;
  readonly awaitingAnswer: number;
  readonly whileServiceRequestOpen: number;
  /** Every offer made in the period, by date; at most `listed`. */
  readonly offers: OfferToComplain[];
}

export async function offersToComplain(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  listed = 1_000,
): Promise<OffersToComplainEvidence> {
  const rows = await db
    .selectFrom('rm_complaint_offers')
    .selectAll()
    .where('offered_on', '>=', period.from)
    .where('offered_on', '<=', period.to)
    .orderBy('offered_on')
    .orderBy('service_request_id')
    .orderBy('offer_id')
    .execute();
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    provision: '1.3, 1.5',
    made: rows.length,
    accepted: count('ACCEPTED'),
    declined: count('DECLINED'),
    awaitingAnswer: count('AWAITING_ANSWER'),
    whileServiceRequestOpen: rows.filter((r) => r.while_open === 1).length,
    offers: rows.slice(0, listed).map((r) => ({
      serviceRequestId: r.service_request_id,
      offerId: r.offer_id,
      offeredOn: r.offered_on,
      whileOpen: r.while_open === 1,
      status: r.status as OfferToComplain['status'],
      answeredOn: r.answered_on,
      complaintId: r.complaint_id,
    })),
  };
}
