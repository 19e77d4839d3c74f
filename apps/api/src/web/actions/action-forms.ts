import { ISSUE_DECISIONS, REMEDY_TYPES, type Stage } from '@redress/complaints';
import { AcknowledgeStage1Command } from '../../complaints/acknowledge-stage1/acknowledge-stage1.command';
import { AcknowledgeStage1Request } from '../../complaints/acknowledge-stage1/acknowledge-stage1.request';
import { AcknowledgeStage2Command } from '../../complaints/acknowledge-stage2/acknowledge-stage2.command';
import { AcknowledgeStage2Request } from '../../complaints/acknowledge-stage2/acknowledge-stage2.request';
import { CloseComplaintCommand } from '../../complaints/close-complaint/close-complaint.command';
import { CloseComplaintRequest } from '../../complaints/close-complaint/close-complaint.request';
import { ExtendDeadlineCommand } from '../../complaints/extend-deadline/extend-deadline.command';
import { ExtendDeadlineRequest } from '../../complaints/extend-deadline/extend-deadline.request';
import { IssueStage1ResponseCommand } from '../../complaints/issue-stage1-response/issue-stage1-response.command';
import { IssueStage1ResponseRequest } from '../../complaints/issue-stage1-response/issue-stage1-response.request';
import { IssueStage2ResponseCommand } from '../../complaints/issue-stage2-response/issue-stage2-response.command';
import { IssueStage2ResponseRequest } from '../../complaints/issue-stage2-response/issue-stage2-response.request';
import { ReassignHandlerCommand } from '../../complaints/reassign-handler/reassign-handler.command';
import { ReassignHandlerRequest } from '../../complaints/reassign-handler/reassign-handler.request';
import { RequestEscalationCommand } from '../../complaints/request-escalation/request-escalation.command';
import { RequestEscalationRequest } from '../../complaints/request-escalation/request-escalation.request';
import { WithdrawComplaintCommand } from '../../complaints/withdraw-complaint/withdraw-complaint.command';
import { WithdrawComplaintRequest } from '../../complaints/withdraw-complaint/withdraw-complaint.request';
import { lines } from '../shared/form';
import type { ActionKey } from './action-catalogue';
import { datedFields } from './dated-fields';
import { CASE_FACTS_FORMS } from './case-facts-forms';
import { FOLLOW_THROUGH_FORMS } from './follow-through-forms';
import {
  pence,
  required,
  requiredDate,
  text,
  type ActionForm,
  type FormContext,
} from './form-parsing';
export type { ActionForm, FormContext } from './form-parsing';

function definition(ctx: FormContext) {
  const issues = lines(text(ctx, 'issues'));
  if (issues.length === 0)
    ctx.errors.add('issues', 'Write down each point of complaint, one on each line (CHC 6.2)');
  return {
    issues: issues.map((summary) => ({ summary })),
    outcomesSought: lines(text(ctx, 'outcomesSought')),
    ...(text(ctx, 'notResponsibleFor')
      ? { notResponsibleFor: text(ctx, 'notResponsibleFor') }
      : {}),
  };
}

function acknowledge(ctx: FormContext) {
  return {
    handlerId: required(ctx, 'handlerId', 'Choose who will handle this stage'),
    definition: definition(ctx),
    ...datedFields(ctx.request, ctx.today, ctx.errors),
  };
}

/** A response: a decision with reasons on every issue, and a remedy or why none (CHC 6.7, 7.1). */
function response(ctx: FormContext, stage: Stage) {
  const record = stage === 1 ? ctx.view.stage1 : ctx.view.stage2!;
  const issues = record.definition?.issues ?? [];
  const decisions = issues.map((issue, i) => {
    const decision = text(ctx, `decision-${i}`);
    if (!(ISSUE_DECISIONS as readonly string[]).includes(decision))
      ctx.errors.add(`decision-${i}`, `Choose a decision on “${issue.summary}” (CHC 6.7)`);
    const reasons = required(
      ctx,
      `reasons-${i}`,
      `Give the reasons for the decision on “${issue.summary}” (CHC 6.7)`,
    );
    return { issueId: issue.issueId, decision, reasons };
  });
  const remedies = [];
  const remedyType = text(ctx, 'remedyType');
  if (remedyType) {
    if (!(REMEDY_TYPES as readonly string[]).includes(remedyType))
      ctx.errors.add('remedyType', 'Choose a kind of remedy');
    const amountPence = pence(text(ctx, 'remedyAmount'));
    if (Number.isNaN(amountPence))
      ctx.errors.add('remedyAmount', 'Enter an amount in pounds, like 75.00');
    remedies.push({
      remedyType,
      description: required(ctx, 'remedyDescription', 'Say what the remedy is'),
      owner: required(ctx, 'remedyOwner', 'Choose who will carry out the remedy (CHC 7.3)'),
      dueOn: requiredDate(
        ctx,
        'remedyDueOn',
        'Enter the date the remedy will be done by (CHC 7.3)',
      ),
      ...(amountPence && !Number.isNaN(amountPence) ? { amountPence } : {}),
    });
  }
  const outstandingActions = [];
  if (text(ctx, 'actionDescription')) {
    outstandingActions.push({
      description: text(ctx, 'actionDescription'),
      owner: required(ctx, 'actionOwner', 'Choose who will do the outstanding action (CHC 6.6)'),
      dueOn: requiredDate(
        ctx,
        'actionDueOn',
        'Enter the date the action will be done by (CHC 6.6)',
      ),
    });
  }
  return {
    decisions,
    remedies,
    ...(text(ctx, 'noRemedyReason') ? { noRemedyReason: text(ctx, 'noRemedyReason') } : {}),
    outstandingActions,
    nextStepsGiven: text(ctx, 'nextStepsGiven') === 'yes',
    ...datedFields(ctx.request, ctx.today, ctx.errors),
  };
}

const responseFields = (path: string) => {
  const m = /^decisions\.(\d+)\.(decision|reasons)/.exec(path);
  if (m) return `${m[2]}-${m[1]}`;
  if (path.startsWith('remedies')) return 'remedyType';
  if (path.startsWith('outstandingActions')) return 'actionDescription';
  return path.split('.')[0]!;
};

export const ACTION_FORMS: Record<ActionKey, ActionForm> = {
  'acknowledge-stage1': {
    requestType: AcknowledgeStage1Request,
    command: (id, p, c) => new AcknowledgeStage1Command(id, p, c),
    parse: acknowledge,
    fieldOf: (path) => (path.startsWith('definition') ? 'issues' : path.split('.')[0]!),
  },
  'acknowledge-stage2': {
    requestType: AcknowledgeStage2Request,
    command: (id, p, c) => new AcknowledgeStage2Command(id, p, c),
    parse: acknowledge,
    fieldOf: (path) => (path.startsWith('definition') ? 'issues' : path.split('.')[0]!),
  },
  extend: {
    requestType: ExtendDeadlineRequest,
    command: (id, p, c) => new ExtendDeadlineCommand(id, p, c),
    parse: (ctx) => ({
      stage: ctx.view.stage,
      newDueOn: requiredDate(ctx, 'newDueOn', 'Enter the new date for the response'),
      reason: required(
        ctx,
        'reason',
        'Give the reason for the extension, as told to the resident (CHC 6.4)',
      ),
      ombudsmanDetailsGiven: text(ctx, 'ombudsmanDetailsGiven') === 'yes',
      ...(text(ctx, 'goodReason') ? { goodReason: text(ctx, 'goodReason') } : {}),
      ...datedFields(ctx.request, ctx.today, ctx.errors),
    }),
    fieldOf: (path) => (path === 'newDueOn' ? 'newDueOn-day' : path),
  },
  'respond-stage1': {
    requestType: IssueStage1ResponseRequest,
    command: (id, p, c) => new IssueStage1ResponseCommand(id, p, c),
    parse: (ctx) => response(ctx, 1),
    fieldOf: responseFields,
  },
  'respond-stage2': {
    requestType: IssueStage2ResponseRequest,
    command: (id, p, c) => new IssueStage2ResponseCommand(id, p, c),
    parse: (ctx) => response(ctx, 2),
    fieldOf: responseFields,
  },
  'request-escalation': {
    requestType: RequestEscalationRequest,
    command: (id, p, c) => new RequestEscalationCommand(id, p, c),
    parse: (ctx) => ({
      ...(text(ctx, 'residentReason') ? { residentReason: text(ctx, 'residentReason') } : {}),
      ...datedFields(ctx.request, ctx.today, ctx.errors),
    }),
  },
  reassign: {
    requestType: ReassignHandlerRequest,
    command: (id, p, c) => new ReassignHandlerCommand(id, p, c),
    parse: (ctx) => ({
      handlerId: required(ctx, 'handlerId', 'Choose the new handler'),
      reason: required(ctx, 'reason', 'Say why the complaint is being reassigned'),
      ...datedFields(ctx.request, ctx.today, ctx.errors),
    }),
  },
  close: {
    requestType: CloseComplaintRequest,
    command: (id, p, c) => new CloseComplaintCommand(id, p, c),
    parse: (ctx) => ({
      category: required(ctx, 'category', 'Choose the category of the complaint (CHC 8.1)'),
      rootCause: required(ctx, 'rootCause', 'Choose the root cause (CHC 9.1)'),
      outcome: required(ctx, 'outcome', 'Choose the outcome'),
      learning: required(ctx, 'learning', 'Record what was learned, or that nothing was (CHC 9.1)'),
      ...datedFields(ctx.request, ctx.today, ctx.errors),
    }),
  },
  ...FOLLOW_THROUGH_FORMS,
  ...CASE_FACTS_FORMS,
  withdraw: {
    requestType: WithdrawComplaintRequest,
    command: (id, p, c) => new WithdrawComplaintCommand(id, p, c),
    parse: (ctx) => ({
      ...(text(ctx, 'reason') ? { reason: text(ctx, 'reason') } : {}),
      ...datedFields(ctx.request, ctx.today, ctx.errors),
    }),
  },
};
