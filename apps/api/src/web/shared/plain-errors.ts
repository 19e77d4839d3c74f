import type { ComplaintError, ComplaintErrorCode } from '@redress/complaints';

/** What each refusal means to an officer: the Code's rule in plain words. */
const HEADLINES: Partial<Record<ComplaintErrorCode, string>> = {
  ILLEGAL_TRANSITION: 'This cannot be done at the complaint’s current stage',
  DATE_IN_FUTURE: 'The date cannot be in the future',
  BACKDATE_REASON_REQUIRED: 'Say why the date is earlier than today',
  DATE_BEFORE_PREVIOUS_STEP: 'The date cannot be before the previous step',
  DEFINITION_REQUIRED: 'Set out the complaint definition',
  EXTENSION_REASON_REQUIRED: 'Give the resident the reasons for the extension',
  OMBUDSMAN_DETAILS_REQUIRED: 'The extension notice must give the Ombudsman’s contact details',
  EXTENSION_AFTER_DEADLINE: 'An extension must be agreed before the response is due',
  EXTENSION_NOT_LATER: 'The new date must be later than the current one',
  EXTENSION_EXCEEDS_CAP: 'An extension cannot be more than 10 working days without a good reason',
  RESPONSE_INCOMPLETE: 'The response must give a decision on every issue, with reasons',
  REMEDY_REQUIRED: 'Offer a remedy for what went wrong, or say why none is due',
  ACTION_INCOMPLETE: 'Each action needs an owner and a date',
  ESCALATION_REQUEST_IN_TIME: 'The request was made outside the escalation window',
  STAGE2_HANDLER_CONFLICT: 'Stage 2 must be handled by someone who did not handle Stage 1',
  HANDLER_UNCHANGED: 'That person already handles this stage',
  ROOT_CAUSE_REQUIRED: 'Record the root cause before closing',
  CATEGORY_REQUIRED: 'Choose a category before closing',
  LEARNING_REQUIRED: 'Record the learning before closing',
  COMPLAINT_ALREADY_LOGGED: 'This complaint has already been logged',
  UNKNOWN_ACTION: 'The complaint has no such remedy or action',
  ACTION_ALREADY_COMPLETED: 'That remedy or action has already been recorded as done',
  FINDINGS_REQUIRED: 'Record one finding for each issue the Ombudsman determined',
  ORDER_AMOUNT_REQUIRED: 'A compensation order needs its amount',
  UNKNOWN_ORDER: 'The complaint has no such Ombudsman order',
  ORDER_ALREADY_COMPLIED: 'That order has already been complied with',
  EVIDENCE_REQUIRED: 'Give the evidence of compliance',
};

export interface ErrorItem {
  readonly text: string;
  readonly href: string;
}

/** A refusal from the domain as a GOV.UK error summary: the rule, the detail and the provision. */
export function refusalSummary(
  error: ComplaintError,
  field = '#main-content',
): { titleText: string; errorList: ErrorItem[]; provision: string | null } {
  const headline = HEADLINES[error.code] ?? 'This could not be recorded';
  const provision = error.provision;
  return {
    titleText: headline,
    errorList: [{ text: error.message, href: field }],
    provision,
  };
}
