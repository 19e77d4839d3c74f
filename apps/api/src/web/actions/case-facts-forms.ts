import { ESCALATION_REFUSAL_CODES, EXCLUSION_CODES, TENURES } from '@redress/complaints';
import { CorrectTenureCommand } from '../../complaints/correct-tenure/correct-tenure.command';
import { CorrectTenureRequest } from '../../complaints/correct-tenure/correct-tenure.request';
import { DeclineComplaintCommand } from '../../complaints/decline-complaint/decline-complaint.command';
import { DeclineComplaintRequest } from '../../complaints/decline-complaint/decline-complaint.request';
import { FlagVulnerabilityCommand } from '../../complaints/flag-vulnerability/flag-vulnerability.command';
import { FlagVulnerabilityRequest } from '../../complaints/flag-vulnerability/flag-vulnerability.request';
import { RaiseAdditionalIssueCommand } from '../../complaints/raise-additional-issue/raise-additional-issue.command';
import { RaiseAdditionalIssueRequest } from '../../complaints/raise-additional-issue/raise-additional-issue.request';
import { RecordReasonableAdjustmentCommand } from '../../complaints/record-reasonable-adjustment/record-reasonable-adjustment.command';
import { RecordReasonableAdjustmentRequest } from '../../complaints/record-reasonable-adjustment/record-reasonable-adjustment.request';
import { RefuseEscalationCommand } from '../../complaints/refuse-escalation/refuse-escalation.command';
import { RefuseEscalationRequest } from '../../complaints/refuse-escalation/refuse-escalation.request';
import { dateField } from '../shared/form';
import { datedFields } from './dated-fields';
import { required, text, type ActionForm, type FormContext } from './form-parsing';

const dated = (ctx: FormContext) => datedFields(ctx.request, ctx.today, ctx.errors);

/** A date the officer may leave out; a date that is not one is an error on its field. */
function optionalDate(ctx: FormContext, name: string): Record<string, string> {
  const value = dateField(ctx.request, name);
  if (value === 'invalid') {
    ctx.errors.add(`${name}-day`, 'Enter a real date, for example 17 4 2025');
    return {};
  }
  return value ? { [name]: value } : {};
}

function oneOf(ctx: FormContext, name: string, allowed: readonly string[], message: string) {
  const value = text(ctx, name);
  if (!allowed.includes(value)) ctx.errors.add(name, message);
  return value;
}

/** Not accepting a complaint, or refusing Stage 2: the reasons, the evidence, the Ombudsman (CHC 2). */
function section2(ctx: FormContext) {
  return {
    explanation: required(
      ctx,
      'explanation',
      'Explain why, as the letter to the resident will (CHC 2.4)',
    ),
    evidence: required(ctx, 'evidence', 'Give the evidence the decision rests on (CHC 2.1)'),
    discretionConsidered: text(ctx, 'discretionConsidered') === 'yes',
    ...(text(ctx, 'discretionNote') ? { discretionNote: text(ctx, 'discretionNote') } : {}),
    ...optionalDate(ctx, 'claimFiledAtCourtOn'),
    ombudsmanRightsGiven: text(ctx, 'ombudsmanRightsGiven') === 'yes',
    ...dated(ctx),
  };
}

const dateFieldOf = (path: string) =>
  /On$/.test(path) && path !== 'effectiveOn' ? `${path}-day` : path;

/**
 * Forms for the facts recorded along the way (vulnerability, adjustments, tenure, an issue
 * raised later) and for the two decisions not to go on: not accepting a complaint and refusing
 * Stage 2.
 */
export const CASE_FACTS_FORMS = {
  decline: {
    requestType: DeclineComplaintRequest,
    command: (id, p, c) => new DeclineComplaintCommand(id, p, c),
    parse: (ctx) => ({
      exclusionCode: oneOf(
        ctx,
        'exclusionCode',
        EXCLUSION_CODES,
        'Choose why the complaint is not accepted (CHC 2.2)',
      ),
      ...optionalDate(ctx, 'issueOccurredOn'),
      ...optionalDate(ctx, 'residentAwareOn'),
      ...section2(ctx),
    }),
    fieldOf: dateFieldOf,
  },
  'refuse-escalation': {
    requestType: RefuseEscalationRequest,
    command: (id, p, c) => new RefuseEscalationCommand(id, p, c),
    parse: (ctx) => ({
      reasonCode: oneOf(
        ctx,
        'reasonCode',
        ESCALATION_REFUSAL_CODES,
        'Choose why Stage 2 is refused',
      ),
      ...section2(ctx),
    }),
    fieldOf: dateFieldOf,
  },
  'flag-vulnerability': {
    requestType: FlagVulnerabilityRequest,
    command: (id, p, c) => new FlagVulnerabilityCommand(id, p, c),
    parse: (ctx) => ({
      details: required(
        ctx,
        'details',
        'Say what makes the resident vulnerable or at risk (CHC 6.1)',
      ),
      ...dated(ctx),
    }),
  },
  'record-adjustment': {
    requestType: RecordReasonableAdjustmentRequest,
    command: (id, p, c) => new RecordReasonableAdjustmentCommand(id, p, c),
    parse: (ctx) => ({
      adjustment: required(ctx, 'adjustment', 'Say what adjustment was agreed (CHC 3.1)'),
      ...optionalDate(ctx, 'reviewOn'),
      ...dated(ctx),
    }),
    fieldOf: dateFieldOf,
  },
  'correct-tenure': {
    requestType: CorrectTenureRequest,
    command: (id, p, c) => new CorrectTenureCommand(id, p, c),
    parse: (ctx) => ({
      tenure: oneOf(ctx, 'tenure', TENURES, 'Choose the resident’s tenure'),
      reason: required(ctx, 'reason', 'Say why the tenure recorded was wrong'),
      ...dated(ctx),
    }),
  },
  'raise-issue': {
    requestType: RaiseAdditionalIssueRequest,
    command: (id, p, c) => new RaiseAdditionalIssueCommand(id, p, c),
    parse: (ctx) => ({
      summary: required(ctx, 'summary', 'Write down the new point of complaint'),
      related:
        oneOf(ctx, 'related', ['yes', 'no'], 'Say whether it is about the same matter') === 'yes',
      ...dated(ctx),
    }),
  },
} satisfies Record<string, ActionForm>;
