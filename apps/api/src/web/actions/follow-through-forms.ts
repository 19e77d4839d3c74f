import { OMBUDSMAN_FINDINGS, OMBUDSMAN_ORDER_TYPES } from '@redress/complaints';
import { CompleteActionCommand } from '../../complaints/complete-action/complete-action.command';
import { CompleteActionRequest } from '../../complaints/complete-action/complete-action.request';
import { RecordOmbudsmanDeterminationCommand } from '../../complaints/record-ombudsman-determination/record-ombudsman-determination.command';
import { RecordOmbudsmanDeterminationRequest } from '../../complaints/record-ombudsman-determination/record-ombudsman-determination.request';
import { RecordOmbudsmanOrderCommand } from '../../complaints/record-ombudsman-order/record-ombudsman-order.command';
import { RecordOmbudsmanOrderRequest } from '../../complaints/record-ombudsman-order/record-ombudsman-order.request';
import { RecordOmbudsmanReferralCommand } from '../../complaints/record-ombudsman-referral/record-ombudsman-referral.command';
import { RecordOmbudsmanReferralRequest } from '../../complaints/record-ombudsman-referral/record-ombudsman-referral.request';
import { RecordOrderComplianceCommand } from '../../complaints/record-order-compliance/record-order-compliance.command';
import { RecordOrderComplianceRequest } from '../../complaints/record-order-compliance/record-order-compliance.request';
import { datedFields } from './dated-fields';
import {
  pence,
  required,
  requiredDate,
  text,
  type ActionForm,
  type FormContext,
} from './form-parsing';

/** Rows offered for findings: the issues the complaint was defined with, and room for more. */
export const EXTRA_FINDING_ROWS = 2;
export const MAX_FINDING_ROWS = 50;

const dated = (ctx: FormContext) => datedFields(ctx.request, ctx.today, ctx.errors);
const optional = (ctx: FormContext, name: string) =>
  text(ctx, name) ? { [name]: text(ctx, name) } : {};

/** One finding per issue, as the Ombudsman's determination sets them out (HOS guidance). */
function findings(ctx: FormContext) {
  const rows = [];
  for (let i = 0; i < MAX_FINDING_ROWS; i++) {
    const issue = text(ctx, `issue-${i}`);
    const finding = text(ctx, `finding-${i}`);
    if (!issue && !finding) continue;
    if (!issue) ctx.errors.add(`issue-${i}`, 'Name the issue this finding is about');
    if (!(OMBUDSMAN_FINDINGS as readonly string[]).includes(finding))
      ctx.errors.add(
        `finding-${i}`,
        `Choose the Ombudsman’s finding on “${issue || 'this issue'}”`,
      );
    rows.push({ issue, finding });
  }
  if (rows.length === 0)
    ctx.errors.add('issue-0', 'Record the Ombudsman’s finding on at least one issue');
  return rows;
}

/**
 * Forms for what follows a response: remedies and actions done (CHC 7.3), and the Housing
 * Ombudsman's referral, determination, orders and compliance with them (CHC 9.7).
 */
export const FOLLOW_THROUGH_FORMS = {
  'complete-action': {
    requestType: CompleteActionRequest,
    command: (id, p, c) => new CompleteActionCommand(id, p, c),
    parse: (ctx) => ({
      actionId: required(ctx, 'actionId', 'Choose the remedy or action that was done'),
      ...optional(ctx, 'evidence'),
      ...dated(ctx),
    }),
  },
  'ombudsman-referral': {
    requestType: RecordOmbudsmanReferralRequest,
    command: (id, p, c) => new RecordOmbudsmanReferralCommand(id, p, c),
    parse: (ctx) => ({ ...optional(ctx, 'ombudsmanReference'), ...dated(ctx) }),
  },
  'ombudsman-determination': {
    requestType: RecordOmbudsmanDeterminationRequest,
    command: (id, p, c) => new RecordOmbudsmanDeterminationCommand(id, p, c),
    parse: (ctx) => ({
      ...optional(ctx, 'ombudsmanReference'),
      findings: findings(ctx),
      ...dated(ctx),
    }),
    fieldOf: (path) => {
      const m = /^findings\.(\d+)\.(issue|finding)/.exec(path);
      return m ? `${m[2]}-${m[1]}` : path.startsWith('findings') ? 'issue-0' : path;
    },
  },
  'ombudsman-order': {
    requestType: RecordOmbudsmanOrderRequest,
    command: (id, p, c) => new RecordOmbudsmanOrderCommand(id, p, c),
    parse: (ctx) => {
      const orderType = text(ctx, 'orderType');
      if (!(OMBUDSMAN_ORDER_TYPES as readonly string[]).includes(orderType))
        ctx.errors.add('orderType', 'Choose what the Ombudsman ordered');
      const amountPence = pence(text(ctx, 'amount'));
      if (Number.isNaN(amountPence))
        ctx.errors.add('amount', 'Enter an amount in pounds, like 1000.00');
      else if (orderType === 'COMPENSATION' && amountPence === undefined)
        ctx.errors.add('amount', 'Enter the compensation the Ombudsman ordered, in pounds');
      return {
        orderType,
        description: required(ctx, 'description', 'Say what the Ombudsman ordered'),
        ...(amountPence && !Number.isNaN(amountPence) ? { amountPence } : {}),
        dueOn: requiredDate(ctx, 'dueOn', 'Enter the date the order must be done by'),
        ...dated(ctx),
      };
    },
    fieldOf: (path) => (path === 'dueOn' ? 'dueOn-day' : path === 'amountPence' ? 'amount' : path),
  },
  'order-compliance': {
    requestType: RecordOrderComplianceRequest,
    command: (id, p, c) => new RecordOrderComplianceCommand(id, p, c),
    parse: (ctx) => ({
      orderId: required(ctx, 'orderId', 'Choose the order that was complied with'),
      evidence: required(
        ctx,
        'evidence',
        'Give the evidence of compliance the Ombudsman asked for (CHC 9.7)',
      ),
      ...dated(ctx),
    }),
  },
} satisfies Record<string, ActionForm>;
