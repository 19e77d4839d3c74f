import type {
  AcceptComplaintOffer,
  DeclineComplaintOffer,
  OfferComplaint,
} from '../commands/service-request-command';
import { ensure } from '../errors/service-request-error';
import type {
  ComplaintOfferAccepted,
  ComplaintOfferDeclined,
  ComplaintOffered,
} from '../events/service-request-events';
import { serviceRequestStatusOf } from '../lifecycle/lifecycle';
import type {
  OfferRecord,
  ServiceRequestRecord,
  ServiceRequestState,
} from '../state/service-request-state';
import type { ServiceRequestDecisionContext } from './decision-context';
import { effectiveDate, ensureTransition, existing, hasText } from './guards';

type Answer = ComplaintOfferAccepted | ComplaintOfferDeclined;

/**
 * CHC 1.3: whenever a resident expresses dissatisfaction the landlord must give them the choice
 * to complain; CHC 1.5: even while the request is still being handled. The answer may be given
 * at once (recorded in the same step) or later.
 */
export function offerComplaint(
  command: OfferComplaint,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ComplaintOffered] | [ComplaintOffered, Answer] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ComplaintOffered');
  ensure(
    hasText(command.dissatisfaction),
    'DISSATISFACTION_REQUIRED',
    'Record what the resident is dissatisfied with (CHC 1.3)',
  );
  const dated = effectiveDate(command, ctx, record.raisedOn);
  const offerId = `O${record.offers.length + 1}`;
  const offered: ComplaintOffered = {
    type: 'ComplaintOffered',
    data: {
      ...dated,
      offerId,
      dissatisfaction: command.dissatisfaction,
      whileOpen: serviceRequestStatusOf(state.lifecycle) !== 'done',
    },
  };
  if (command.answer === undefined) return [offered];
  return [offered, answerEvent(offerId, command.answer, dated)];
}

export function acceptComplaintOffer(
  command: AcceptComplaintOffer,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ComplaintOfferAccepted] {
  const offer = openOffer(existing(state, command), command.offerId);
  ensureTransition(state, command, 'ComplaintOfferAccepted');
  const dated = effectiveDate(command, ctx, offer.offeredOn);
  return [
    answerEvent(offer.offerId, { accepted: true, complaintId: command.complaintId }, dated),
  ] as [ComplaintOfferAccepted];
}

export function declineComplaintOffer(
  command: DeclineComplaintOffer,
  state: ServiceRequestState,
  ctx: ServiceRequestDecisionContext,
): [ComplaintOfferDeclined] {
  const offer = openOffer(existing(state, command), command.offerId);
  ensureTransition(state, command, 'ComplaintOfferDeclined');
  const dated = effectiveDate(command, ctx, offer.offeredOn);
  return [
    answerEvent(offer.offerId, { accepted: false, residentsWords: command.residentsWords }, dated),
  ] as [ComplaintOfferDeclined];
}

function openOffer(record: ServiceRequestRecord, offerId: string): OfferRecord {
  const offer = record.offers.find((o) => o.offerId === offerId);
  ensure(
    offer,
    'UNKNOWN_OFFER',
    `Service request ${record.serviceRequestId} has no offer ${offerId}`,
  );
  ensure(
    offer.status === 'AWAITING_ANSWER',
    'OFFER_ALREADY_ANSWERED',
    `Offer ${offerId} was already ${offer.status.toLowerCase()}`,
  );
  return offer;
}

/** CHC 1.5: an accepted offer names the complaint it led to; a refusal keeps the resident's words. */
function answerEvent(
  offerId: string,
  answer: NonNullable<OfferComplaint['answer']>,
  dated: { effectiveOn: string; backdateReason?: string },
): Answer {
  if (answer.accepted === true) {
    ensure(
      hasText(answer.complaintId),
      'COMPLAINT_ID_REQUIRED',
      'An accepted offer names the complaint it led to (CHC 1.5)',
    );
    return {
      type: 'ComplaintOfferAccepted',
      data: { ...dated, offerId, complaintId: answer.complaintId },
    };
  }
  return {
    type: 'ComplaintOfferDeclined',
    data: { ...dated, offerId, residentsWords: answer.residentsWords },
  };
}
