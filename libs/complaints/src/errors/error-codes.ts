/**
 * Every refusal the domain can give, with a stable code and the rule behind it. The HTTP layer
 * maps `kind` to a status once: `not-found` → 404, `invalid` → 400, `rule` → 409.
 */
export const COMPLAINT_ERRORS = {
  COMPLAINT_NOT_FOUND: { kind: 'not-found', provision: null },
  COMPLAINT_ALREADY_LOGGED: { kind: 'rule', provision: null },
  INVALID_COMMAND: { kind: 'invalid', provision: null },
  ILLEGAL_TRANSITION: { kind: 'rule', provision: 'CHC 5.2–5.3' },
  DATE_IN_FUTURE: { kind: 'rule', provision: null },
  BACKDATE_REASON_REQUIRED: { kind: 'rule', provision: null },
  DATE_BEFORE_PREVIOUS_STEP: { kind: 'rule', provision: null },
  EXCLUSION_REASON_REQUIRED: { kind: 'rule', provision: 'CHC 2.1, 2.4' },
  EXCLUSION_NOT_APPLICABLE: { kind: 'rule', provision: 'CHC 2.3' },
  DISCRETION_NOT_CONSIDERED: { kind: 'rule', provision: 'CHC 2.3' },
  COURT_CLAIM_DATE_REQUIRED: { kind: 'rule', provision: 'CHC 2.2' },
  OMBUDSMAN_RIGHTS_REQUIRED: { kind: 'rule', provision: 'CHC 2.4' },
  DEFINITION_REQUIRED: { kind: 'rule', provision: 'CHC 6.2, 6.11' },
  EXTENSION_REASON_REQUIRED: { kind: 'rule', provision: 'CHC 6.4' },
  OMBUDSMAN_DETAILS_REQUIRED: { kind: 'rule', provision: 'CHC 6.5' },
  EXTENSION_AFTER_DEADLINE: { kind: 'rule', provision: 'CHC 6.4' },
  EXTENSION_NOT_LATER: { kind: 'rule', provision: 'CHC 6.4' },
  EXTENSION_EXCEEDS_CAP: { kind: 'rule', provision: 'CHC 6.4' },
  STAGE2_EXTENSION_EXCEEDS_CAP: {
    kind: 'rule',
    provision: 'CHC Stage 2 extension (20 working days) [UNCONFIRMED number]',
  },
  EXTENSION_NOT_WORKING_DAY: { kind: 'rule', provision: 'CHC 6.4' },
  RESPONSE_INCOMPLETE: { kind: 'rule', provision: 'CHC 6.7' },
  REMEDY_REQUIRED: { kind: 'rule', provision: 'CHC 7.1–7.2' },
  ACTION_INCOMPLETE: { kind: 'rule', provision: 'CHC 7.3, 6.6' },
  ESCALATION_REQUEST_IN_TIME: { kind: 'rule', provision: 'CHC 6.12' },
  STAGE2_HANDLER_CONFLICT: { kind: 'rule', provision: 'CHC 6.13' },
  HANDLER_UNCHANGED: { kind: 'rule', provision: null },
  TENURE_UNCHANGED: { kind: 'rule', provision: 'RSH TSM CH01–CH02' },
  ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT: { kind: 'rule', provision: 'CHC 6 (new issues)' },
  UNKNOWN_ACTION: { kind: 'rule', provision: 'CHC 7.3' },
  ACTION_ALREADY_COMPLETED: { kind: 'rule', provision: 'CHC 7.3' },
  ROOT_CAUSE_REQUIRED: { kind: 'rule', provision: 'CHC 9.1–9.2' },
  CATEGORY_REQUIRED: { kind: 'rule', provision: 'CHC 8.1(b)' },
  LEARNING_REQUIRED: { kind: 'rule', provision: 'CHC 9.1' },
  FINDINGS_REQUIRED: { kind: 'rule', provision: 'HOS guidance on outcomes' },
  ORDER_AMOUNT_REQUIRED: { kind: 'rule', provision: 'HOS guidance on remedies' },
  UNKNOWN_ORDER: { kind: 'rule', provision: 'CHC 9.7' },
  ORDER_ALREADY_COMPLIED: { kind: 'rule', provision: 'CHC 9.7' },
  EVIDENCE_REQUIRED: { kind: 'rule', provision: 'CHC 9.7' },
} as const;

export type ComplaintErrorCode = keyof typeof COMPLAINT_ERRORS;
export type ComplaintErrorKind = (typeof COMPLAINT_ERRORS)[ComplaintErrorCode]['kind'];
