import type { ComplaintCommand } from '../commands/complaint-command';
import { ComplaintError } from '../errors/complaint-error';
import type { ComplaintEvent } from '../events/complaint-event';
import type { ComplaintState } from '../state/complaint-state';
import { completeAction, raiseAdditionalIssue, reassignHandler } from './case-work.decide';
import { closeComplaint } from './closure.decide';
import type { DecisionContext } from './decision-context';
import {
  correctTenure,
  declineComplaint,
  flagVulnerability,
  logComplaint,
  recordReasonableAdjustment,
  withdrawComplaint,
} from './intake.decide';
import {
  recordOmbudsmanDetermination,
  recordOmbudsmanOrder,
  recordOmbudsmanReferral,
  recordOrderCompliance,
} from './ombudsman.decide';
import { linkHazardCase } from './hazard-link.decide';
import { acknowledgeStage1, extendDeadline, issueStage1Response } from './stage1.decide';
import {
  acknowledgeStage2,
  issueStage2Response,
  refuseEscalation,
  requestEscalation,
} from './stage2.decide';

/**
 * The decider: the events a command produces from the current state, or a ComplaintError
 * naming the rule it breaks. Pure: time, actor, policy and calendar come in `ctx`.
 */
export function decide(
  command: ComplaintCommand,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintEvent[] {
  switch (command.type) {
    case 'LogComplaint':
      return logComplaint(command, state, ctx);
    case 'DeclineComplaint':
      return declineComplaint(command, state, ctx);
    case 'AcknowledgeStage1':
      return acknowledgeStage1(command, state, ctx);
    case 'ExtendDeadline':
      return extendDeadline(command, state, ctx);
    case 'IssueStage1Response':
      return issueStage1Response(command, state, ctx);
    case 'RequestEscalation':
      return requestEscalation(command, state, ctx);
    case 'RefuseEscalation':
      return refuseEscalation(command, state, ctx);
    case 'AcknowledgeStage2':
      return acknowledgeStage2(command, state, ctx);
    case 'IssueStage2Response':
      return issueStage2Response(command, state, ctx);
    case 'ReassignHandler':
      return reassignHandler(command, state, ctx);
    case 'RaiseAdditionalIssue':
      return raiseAdditionalIssue(command, state, ctx);
    case 'CompleteAction':
      return completeAction(command, state, ctx);
    case 'CloseComplaint':
      return closeComplaint(command, state, ctx);
    case 'WithdrawComplaint':
      return withdrawComplaint(command, state, ctx);
    case 'RecordReasonableAdjustment':
      return recordReasonableAdjustment(command, state, ctx);
    case 'FlagVulnerability':
      return flagVulnerability(command, state, ctx);
    case 'CorrectTenure':
      return correctTenure(command, state, ctx);
    case 'LinkHazardCase':
      return linkHazardCase(command, state, ctx);
    case 'RecordOmbudsmanReferral':
      return recordOmbudsmanReferral(command, state, ctx);
    case 'RecordOmbudsmanDetermination':
      return recordOmbudsmanDetermination(command, state, ctx);
    case 'RecordOmbudsmanOrder':
      return recordOmbudsmanOrder(command, state, ctx);
    case 'RecordOrderCompliance':
      return recordOrderCompliance(command, state, ctx);
    default: {
      // Reached only by untyped input: refuse it like any other bad command.
      const unknown: never = command;
      throw new ComplaintError(
        'INVALID_COMMAND',
        `Unknown command ${(unknown as { type: string }).type}`,
      );
    }
  }
}
