/**
 * The field each refusal of the rules is about, by its stable code, so the error summary's link
 * lands on the field to mend; a refusal not about one field links to the page's main content.
 */
const REFUSAL_FIELDS: Record<string, string> = {
  STAGE2_HANDLER_CONFLICT: 'handlerId',
  HANDLER_UNCHANGED: 'handlerId',
  EXTENSION_EXCEEDS_CAP: 'goodReason',
  EXTENSION_NOT_LATER: 'newDueOn-day',
  OMBUDSMAN_DETAILS_REQUIRED: 'ombudsmanDetailsGiven',
  EXTENSION_REASON_REQUIRED: 'reason',
  ROOT_CAUSE_REQUIRED: 'rootCause',
  CATEGORY_REQUIRED: 'category',
  LEARNING_REQUIRED: 'learning',
  REMEDY_REQUIRED: 'remedyType',
  BACKDATE_REASON_REQUIRED: 'backdateReason',
  DATE_IN_FUTURE: 'effectiveOn-day',
  DATE_BEFORE_PREVIOUS_STEP: 'effectiveOn-day',
  DEFINITION_REQUIRED: 'issues',
  UNKNOWN_ACTION: 'actionId',
  ACTION_ALREADY_COMPLETED: 'actionId',
  FINDINGS_REQUIRED: 'issue-0',
  ORDER_AMOUNT_REQUIRED: 'amount',
  UNKNOWN_ORDER: 'orderId',
  ORDER_ALREADY_COMPLIED: 'orderId',
  EVIDENCE_REQUIRED: 'evidence',
  EXCLUSION_REASON_REQUIRED: 'explanation',
  EXCLUSION_NOT_APPLICABLE: 'issueOccurredOn-day',
  DISCRETION_NOT_CONSIDERED: 'discretionConsidered',
  COURT_CLAIM_DATE_REQUIRED: 'claimFiledAtCourtOn-day',
  OMBUDSMAN_RIGHTS_REQUIRED: 'ombudsmanRightsGiven',
  TENURE_UNCHANGED: 'tenure',
  ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT: 'related',
};

/** The error summary's link target for a refusal with this code. */
export function refusalTarget(code: string): string {
  return `#${REFUSAL_FIELDS[code] ?? 'main-content'}`;
}

/** The rule a refusal enforces, in words: a Code provision, or the Ombudsman's own guidance. */
export function provisionText(provision: string | null | undefined): string | undefined {
  if (!provision) return undefined;
  if (provision.startsWith('CHC '))
    return `This is required by the Housing Ombudsman’s Complaint Handling Code, ${provision.replace(/^CHC /, 'provision ')}.`;
  return `This is required by ${provision.replace(/^HOS /, 'the Housing Ombudsman’s ')}.`;
}
