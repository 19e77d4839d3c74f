import { isLocalDate } from '@redress/complaints';
import type {
  CompletePreventativeWork,
  DeferPreventativeWork,
  StartPreventativeWork,
} from '../commands/hazard-command';
import { ensure } from '../errors/hazard-error';
import type {
  PreventativeWorkCompleted,
  PreventativeWorkDeferred,
  PreventativeWorkStarted,
} from '../events/hazard-events';
import type { HazardRecord, HazardState } from '../state/hazard-state';
import type { HazardDecisionContext } from './decision-context';
import { ensureTransition, existing, hasText, requireText, stepTime } from './guards';

function ensureRequired(record: HazardRecord): void {
  ensure(
    record.investigation?.detail.preventativeWorkRequired === true,
    'PREVENTATIVE_WORK_NOT_REQUIRED',
    'The investigation found no supplementary preventative work is needed (Reg 13)',
  );
}

/**
 * Reg 13(3): beginning within 5 working days is not reasonably practicable; the work must then
 * begin as soon as it is, and physically start within 12 weeks. The reason is the evidence.
 */
export function deferPreventativeWork(
  command: DeferPreventativeWork,
  state: HazardState,
  ctx: HazardDecisionContext,
): [PreventativeWorkDeferred] {
  const record = existing(state, command);
  ensureTransition(state, command, 'PreventativeWorkDeferred');
  ensureRequired(record);
  ensure(
    !record.preventativeStarted && !record.preventativeDeferred,
    'STEP_ALREADY_RECORDED',
    'Preventative work has already started or been deferred',
  );
  ensure(
    hasText(command.notReasonablyPracticableReason),
    'NOT_PRACTICABLE_REASON_REQUIRED',
    'Say why beginning within 5 working days is not reasonably practicable (Reg 13(3))',
  );
  return [
    {
      type: 'PreventativeWorkDeferred',
      data: {
        ...stepTime(command, ctx, record.investigation?.at),
        notReasonablyPracticableReason: command.notReasonablyPracticableReason,
      },
    },
  ];
}

/** Reg 13(2)–(4): physically started, with the target date for "a reasonable time". */
export function startPreventativeWork(
  command: StartPreventativeWork,
  state: HazardState,
  ctx: HazardDecisionContext,
): [PreventativeWorkStarted] {
  const record = existing(state, command);
  ensureTransition(state, command, 'PreventativeWorkStarted');
  ensureRequired(record);
  ensure(!record.preventativeStarted, 'STEP_ALREADY_RECORDED', 'Preventative work has started');
  const work = requireText(command.work, 'work');
  ensure(
    isLocalDate(command.targetCompletionOn),
    'TARGET_DATE_REQUIRED',
    'Record the target date for completing the work, written YYYY-MM-DD (Reg 13(4))',
  );
  const time = stepTime(command, ctx, record.investigation?.at);
  ensure(
    command.targetCompletionOn >= time.effectiveOn,
    'INVALID_COMMAND',
    'targetCompletionOn is before the work started',
  );
  return [
    {
      type: 'PreventativeWorkStarted',
      data: { ...time, work, targetCompletionOn: command.targetCompletionOn },
    },
  ];
}

export function completePreventativeWork(
  command: CompletePreventativeWork,
  state: HazardState,
  ctx: HazardDecisionContext,
): [PreventativeWorkCompleted] {
  const record = existing(state, command);
  ensureTransition(state, command, 'PreventativeWorkCompleted');
  ensure(
    record.preventativeStarted,
    'PREVENTATIVE_WORK_NOT_STARTED',
    'Preventative work cannot be completed before it has started',
  );
  ensure(!record.preventativeCompleted, 'STEP_ALREADY_RECORDED', 'Preventative work is complete');
  const work = requireText(command.work, 'work');
  return [
    {
      type: 'PreventativeWorkCompleted',
      data: { ...stepTime(command, ctx, record.preventativeStarted.at), work },
    },
  ];
}
