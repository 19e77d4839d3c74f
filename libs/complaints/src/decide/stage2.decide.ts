import type {
  AcknowledgeStage2,
  IssueStage2Response,
  RefuseEscalation,
  RequestEscalation,
} from '../commands/complaint-command';
import { ensure } from '../errors/complaint-error';
import type {
  EscalationRefused,
  EscalationRequested,
  Stage2Acknowledged,
  Stage2FinalResponseIssued,
} from '../events/stage.events';
import type { ComplaintRecord, ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';
import {
  effectiveDate,
  ensureDate,
  ensureTransition,
  existing,
  hasText,
  policyOf,
  today,
} from './guards';
import { buildDefinition, buildResponse } from './response-content';
import { ensureStage2Independent } from './stage2-independence';

/** CHC 6.10, 6.12: the resident asks for Stage 2 and need not say why. */
export function requestEscalation(
  command: RequestEscalation,
  state: ComplaintState,
  ctx: DecisionContext,
): EscalationRequested[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'EscalationRequested');
  // A request that arrived before the Stage 1 closure was recorded may be dated when it arrived.
  const dated = effectiveDate(
    command,
    ctx,
    record.stage1.response?.respondedOn ?? record.lastStepOn,
  );
  return [
    {
      type: 'EscalationRequested',
      data: {
        ...dated,
        residentReason: hasText(command.residentReason) ? command.residentReason : undefined,
        outsideRequestWindow: dated.effectiveOn > requestWindowEnd(record, ctx),
      },
    },
  ];
}

/**
 * Refusing Stage 2 needs a Section 2 reason, evidence and the resident's Ombudsman rights. A
 * request refused for lateness must really be late, and discretion must have been considered.
 */
export function refuseEscalation(
  command: RefuseEscalation,
  state: ComplaintState,
  ctx: DecisionContext,
): EscalationRefused[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'EscalationRefused');
  ensure(
    hasText(command.explanation) && hasText(command.evidence),
    'EXCLUSION_REASON_REQUIRED',
    'Refusing escalation needs an explanation and evidence that comply with Section 2',
  );
  ensure(
    command.ombudsmanRightsGiven === true,
    'OMBUDSMAN_RIGHTS_REQUIRED',
    'The refusal must give the resident the right to approach the Ombudsman',
  );
  if (command.reasonCode === 'REQUEST_OUT_OF_TIME') {
    ensure(
      record.stage2?.outsideRequestWindow,
      'ESCALATION_REQUEST_IN_TIME',
      `The request was made within the policy window ending ${requestWindowEnd(record, ctx)}`,
    );
  }
  if (command.reasonCode === 'REQUEST_OUT_OF_TIME' || command.reasonCode === 'OVER_12_MONTHS') {
    ensure(
      command.discretionConsidered === true && hasText(command.discretionNote),
      'DISCRETION_NOT_CONSIDERED',
      'A late request needs a recorded discretion decision, not an automatic refusal',
    );
  }
  if (command.reasonCode === 'LEGAL_PROCEEDINGS') {
    ensure(
      command.claimFiledAtCourtOn !== undefined,
      'COURT_CLAIM_DATE_REQUIRED',
      'Give the date the claim was filed at court (CHC 2.2)',
    );
    ensureDate(command.claimFiledAtCourtOn, 'claimFiledAtCourtOn');
    ensure(
      command.claimFiledAtCourtOn <= today(ctx),
      'COURT_CLAIM_DATE_REQUIRED',
      'Proceedings have started only once the claim has been filed, so the date cannot be in the future',
    );
  }
  return [
    {
      type: 'EscalationRefused',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        reasonCode: command.reasonCode,
        explanation: command.explanation,
        evidence: command.evidence,
        discretionConsidered: command.discretionConsidered ?? false,
        discretionNote: command.discretionNote,
        claimFiledAtCourtOn: command.claimFiledAtCourtOn,
        ombudsmanRightsGiven: true,
      },
    },
  ];
}

/** CHC 6.11, 6.13: acknowledge and define, by someone who did not consider Stage 1. */
export function acknowledgeStage2(
  command: AcknowledgeStage2,
  state: ComplaintState,
  ctx: DecisionContext,
): Stage2Acknowledged[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'Stage2Acknowledged');
  ensure(hasText(command.handlerId), 'INVALID_COMMAND', 'handlerId is required');
  ensureStage2Independent(record, command.handlerId, policyOf(record, ctx));
  const definition = buildDefinition(command.definition, 2);
  const dated = effectiveDate(command, ctx, record.lastStepOn);
  return [
    { type: 'Stage2Acknowledged', data: { ...dated, handlerId: command.handlerId, definition } },
  ];
}

/** The final response; it must tell the resident how to refer to the Housing Ombudsman. */
export function issueStage2Response(
  command: IssueStage2Response,
  state: ComplaintState,
  ctx: DecisionContext,
): Stage2FinalResponseIssued[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'Stage2FinalResponseIssued');
  const definition = record.stage2?.definition;
  ensure(definition, 'DEFINITION_REQUIRED', 'Stage 2 has no definition to respond to');
  ensureStage2Independent(record, ctx.actor.id, policyOf(record, ctx));
  const content = buildResponse(command, definition, 2, ctx.actor.id);
  const dated = effectiveDate(command, ctx, record.lastStepOn);
  return [{ type: 'Stage2FinalResponseIssued', data: { ...dated, ...content } }];
}

/** [UNCONFIRMED] policy window for asking for Stage 2, counted from the Stage 1 response. */
function requestWindowEnd(record: ComplaintRecord, ctx: DecisionContext): string {
  const respondedOn = record.stage1.response?.respondedOn ?? record.lastStepOn;
  return ctx.calendar.addWorkingDays(respondedOn, policyOf(record, ctx).escalationRequestWindow);
}
