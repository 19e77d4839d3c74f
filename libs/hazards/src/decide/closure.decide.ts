import type { CloseHazard } from '../commands/hazard-command';
import { ensure } from '../errors/hazard-error';
import type { HazardClosed } from '../events/hazard-events';
import type { HazardRecord, HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';
import { ensureTransition, existing, requireText, stepTime } from './guards';

/** The steps still owed before a hazard case may close (Regs 9, 11, 13; emergency action). */
export function outstandingSteps(record: HazardRecord): string[] {
  const emergency = record.classification?.detail.category === 'EMERGENCY';
  return [
    emergency && !record.madeSafe ? 'make safe' : undefined,
    !emergency && !record.safetyWork ? 'relevant safety work (Reg 11)' : undefined,
    !record.writtenSummary ? 'written summary (Reg 9)' : undefined,
    record.investigation?.detail.preventativeWorkRequired && !record.preventativeCompleted
      ? 'supplementary preventative work (Reg 13)'
      : undefined,
  ].filter((s): s is string => s !== undefined);
}

/** Closes a case where a hazard was found, once every step it owes is done. */
export function closeHazard(
  command: CloseHazard,
  state: HazardState,
  ctx: HazardDecisionContext,
): [HazardClosed] {
  const record = existing(state, command);
  ensureTransition(state, command, 'HazardClosed');
  const summary = requireText(command.summary, 'summary');
  const outstanding = outstandingSteps(record);
  ensure(
    outstanding.length === 0,
    'STEPS_OUTSTANDING',
    `Hazard case ${record.hazardId} still owes: ${outstanding.join(', ')}`,
  );
  return [
    { type: 'HazardClosed', data: { ...stepTime(command, ctx, record.lastStepAt), summary } },
  ];
}
