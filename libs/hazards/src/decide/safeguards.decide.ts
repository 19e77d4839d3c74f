import type {
  OfferAlternativeAccommodation,
  RecordReasonableEndeavours,
} from '../commands/hazard-command';
import { clockedSteps } from '../clocks/compute-hazard-clocks';
import { ensure } from '../errors/hazard-error';
import type {
  AlternativeAccommodationOffered,
  ReasonableEndeavoursRecorded,
} from '../events/hazard-events';
import { isHazardStep } from '../model/hazard-step';
import { ACCOMMODATION_ANSWERS } from '../model/vocabulary';
import type { HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';
import { ensureTransition, existing, hasText, policyOf, requireText, stepTime } from './guards';

/**
 * The home cannot be made safe in time: the landlord offers suitable alternative accommodation
 * at its own cost (domain doc §9a; regulation number [UNCONFIRMED]). The answer is recorded.
 */
export function offerAlternativeAccommodation(
  command: OfferAlternativeAccommodation,
  state: HazardState,
  ctx: HazardDecisionContext,
): [AlternativeAccommodationOffered] {
  const record = existing(state, command);
  ensureTransition(state, command, 'AlternativeAccommodationOffered');
  const accommodation = requireText(command.accommodation, 'accommodation');
  const reason = requireText(command.reason, 'reason');
  ensure(ACCOMMODATION_ANSWERS.includes(command.answer), 'INVALID_COMMAND', 'answer is not known');
  ensure(
    command.atLandlordsCost === true,
    'ACCOMMODATION_AT_LANDLORDS_COST',
    'Alternative accommodation under Awaab’s Law is provided at the landlord’s cost',
  );
  return [
    {
      type: 'AlternativeAccommodationOffered',
      data: {
        ...stepTime(command, ctx, record.awareAt),
        accommodation,
        reason,
        atLandlordsCost: true,
        answer: command.answer,
      },
    },
  ];
}

/**
 * The reasonable endeavours defence (enforced as an implied term, s.10A LTA 1985): for a step
 * that has a clock on this case, with an explanation and at least one piece of evidence. It
 * does not turn a missed clock into a met one; it is shown beside it.
 */
export function recordReasonableEndeavours(
  command: RecordReasonableEndeavours,
  state: HazardState,
  ctx: HazardDecisionContext,
): [ReasonableEndeavoursRecorded] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ReasonableEndeavoursRecorded');
  ensure(isHazardStep(command.step), 'INVALID_COMMAND', 'step is not a hazard clock step');
  const time = stepTime(command, ctx, record.awareAt);
  ensure(
    clockedSteps(record, ctx.now, ctx.calendar, policyOf(record, ctx)).includes(command.step),
    'STEP_NOT_APPLICABLE',
    `${command.step} has no clock on hazard case ${record.hazardId}`,
  );
  const explanation = requireText(command.explanation, 'explanation');
  const evidence = Array.isArray(command.evidence) ? command.evidence.filter(hasText) : [];
  ensure(
    evidence.length > 0,
    'EVIDENCE_REQUIRED',
    'Reasonable endeavours must be evidenced (call logs, letters, access attempts)',
  );
  return [
    {
      type: 'ReasonableEndeavoursRecorded',
      data: { ...time, step: command.step, explanation, evidence },
    },
  ];
}
