import type { LinkHazardCase } from '../commands/complaint-command';
import type { HazardCaseLinked } from '../events/intake.events';
import type { ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';
import { effectiveDate, ensureTransition, existing, hasText } from './guards';
import { ensure } from '../errors/complaint-error';

/**
 * Awaab's Law (SI 2025/1042): the hazard case about this complaint's matter, recorded on the
 * complaint so both clocks show side by side. Allowed in every state once the complaint exists;
 * a link already recorded is not recorded twice (the hazard side may retry it).
 */
export function linkHazardCase(
  command: LinkHazardCase,
  state: ComplaintState,
  ctx: DecisionContext,
): HazardCaseLinked[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'HazardCaseLinked');
  ensure(hasText(command.hazardId), 'INVALID_COMMAND', 'hazardId is required');
  if (record.hazardIds.includes(command.hazardId)) return [];
  return [
    {
      type: 'HazardCaseLinked',
      data: { ...effectiveDate(command, ctx, record.receivedOn), hazardId: command.hazardId },
    },
  ];
}
