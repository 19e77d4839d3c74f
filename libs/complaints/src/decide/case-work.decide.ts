import type {
  CompleteAction,
  RaiseAdditionalIssue,
  ReassignHandler,
} from '../commands/complaint-command';
import { ComplaintError, ensure } from '../errors/complaint-error';
import type {
  ActionCompleted,
  AdditionalIssueRaised,
  HandlerReassigned,
} from '../events/stage.events';
import type { Stage } from '../model/vocabulary';
import type { ComplaintState } from '../state/complaint-state';
import { stageOf } from '../state/evolve-stage';
import type { DecisionContext } from './decision-context';
import { effectiveDate, existing, hasText, policyOf } from './guards';
import { lifecycleAccepts } from '../lifecycle/lifecycle';
import { ensureStage2Independent } from './stage2-independence';

/** The stage whose response is awaited, if any: only then can its handler or issues change. */
function openStage(state: ComplaintState): Stage | undefined {
  const probe = (stage: Stage) =>
    lifecycleAccepts(state.lifecycle, { type: 'HandlerReassigned', data: { stage } } as never);
  return probe(1) ? 1 : probe(2) ? 2 : undefined;
}

export function reassignHandler(
  command: ReassignHandler,
  state: ComplaintState,
  ctx: DecisionContext,
): HandlerReassigned[] {
  const record = existing(state, command);
  const stageNo = openStage(state);
  const stage = stageNo && stageOf(record, stageNo);
  if (!stageNo || !stage?.handlerId)
    throw ComplaintError.illegalTransition(command.type, 'not awaiting a response');
  ensure(
    hasText(command.handlerId) && hasText(command.reason),
    'INVALID_COMMAND',
    'handlerId and reason are required',
  );
  ensure(
    command.handlerId !== stage.handlerId,
    'HANDLER_UNCHANGED',
    `${command.handlerId} already handles Stage ${stageNo}`,
  );
  if (stageNo === 2) ensureStage2Independent(record, command.handlerId, policyOf(record, ctx));
  return [
    {
      type: 'HandlerReassigned',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        stage: stageNo,
        handlerId: command.handlerId,
        previousHandlerId: stage.handlerId,
        reason: command.reason,
      },
    },
  ];
}

/**
 * A related issue raised before the response is added to the definition; an unrelated one, or
 * one raised after the response, is a new complaint (domain doc §2, new issues during Stage 1).
 */
export function raiseAdditionalIssue(
  command: RaiseAdditionalIssue,
  state: ComplaintState,
  ctx: DecisionContext,
): AdditionalIssueRaised[] {
  const record = existing(state, command);
  const stageNo = openStage(state);
  const stage = stageNo && stageOf(record, stageNo);
  ensure(
    stageNo && stage?.definition && command.related === true,
    'ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT',
    'Only a related issue raised before the response joins this complaint; log a new complaint instead',
  );
  ensure(hasText(command.summary), 'INVALID_COMMAND', 'summary is required');
  const issueId = `S${stageNo}-I${stage.definition.issues.length + 1}`;
  return [
    {
      type: 'AdditionalIssueRaised',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        stage: stageNo,
        issueId,
        summary: command.summary,
      },
    },
  ];
}

/** CHC 6.6, 7.3: promised actions are followed through, even after closure. */
export function completeAction(
  command: CompleteAction,
  state: ComplaintState,
  ctx: DecisionContext,
): ActionCompleted[] {
  const record = existing(state, command);
  const action = record.actions.find((a) => a.actionId === command.actionId);
  ensure(
    action,
    'UNKNOWN_ACTION',
    `Complaint ${command.complaintId} has no action ${command.actionId}`,
  );
  ensure(
    !action.completedOn,
    'ACTION_ALREADY_COMPLETED',
    `Action ${action.actionId} was completed on ${action.completedOn}`,
  );
  return [
    {
      type: 'ActionCompleted',
      data: {
        ...effectiveDate(command, ctx, action.setOn),
        actionId: action.actionId,
        evidence: command.evidence,
      },
    },
  ];
}
