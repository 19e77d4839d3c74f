/** Plain words for the domain's codes, as an officer or a resident would say them. */
export const CHANNEL_LABELS: Record<string, string> = {
  PHONE: 'Phone',
  EMAIL: 'Email',
  LETTER: 'Letter',
  IN_PERSON: 'In person',
  WEB_FORM: 'Web form',
  SOCIAL_MEDIA: 'Social media',
  OTHER: 'Other',
};

/** The regulator's tenure codes (TSM reporting) as an officer would ask about them. */
export const TENURE_LABELS: Record<string, string> = {
  LCRA: 'Social rent or affordable rent (low cost rental)',
  LCHO: 'Shared ownership (low cost home ownership)',
  OTHER: 'Other (leaseholder, market rent, not a tenant)',
};

export const DEADLINE_LABELS: Record<string, string> = {
  STAGE1_ACKNOWLEDGEMENT: 'Acknowledge and define Stage 1',
  STAGE1_RESPONSE: 'Stage 1 response',
  STAGE2_ACKNOWLEDGEMENT: 'Acknowledge and define Stage 2',
  STAGE2_RESPONSE: 'Stage 2 final response',
  REMEDY: 'Remedy',
  OUTSTANDING_ACTION: 'Outstanding action',
  LEARNING_ACTION: 'Learning action',
  OMBUDSMAN_ORDER: 'Ombudsman order',
};

export const DECISION_LABELS: Record<string, string> = {
  UPHELD: 'Upheld',
  PARTLY_UPHELD: 'Partly upheld',
  NOT_UPHELD: 'Not upheld',
};

export const REMEDY_LABELS: Record<string, string> = {
  APOLOGY: 'Apology',
  ACKNOWLEDGE_FAULT: 'Acknowledge what went wrong',
  EXPLANATION_ASSISTANCE_REASONS: 'Explanation, help or reasons',
  ACTION_ON_DELAY: 'Act on a delay',
  RECONSIDER_OR_CHANGE_DECISION: 'Reconsider or change a decision',
  AMEND_RECORD: 'Amend a record',
  FINANCIAL_REMEDY: 'Financial remedy',
  CHANGE_POLICY_PROCEDURE_PRACTICE: 'Change a policy, procedure or practice',
};

/** The Housing Ombudsman's eight findings, in its own words (HOS "What findings can we make?"). */
export const FINDING_LABELS: Record<string, string> = {
  NO_MALADMINISTRATION: 'No maladministration',
  SERVICE_FAILURE: 'Service failure',
  MALADMINISTRATION: 'Maladministration',
  SEVERE_MALADMINISTRATION: 'Severe maladministration',
  MEDIATION: 'Mediation',
  REDRESS: 'Reasonable redress',
  OUTSIDE_JURISDICTION: 'Outside jurisdiction',
  WITHDRAWN: 'Withdrawn',
};

export const ORDER_TYPE_LABELS: Record<string, string> = {
  APOLOGY: 'Apology',
  COMPENSATION: 'Compensation',
  WORKS: 'Works',
  POLICY_REVIEW: 'Policy review',
  TRAINING: 'Training',
  OTHER: 'Something else',
};

const STATUS_LABELS: Record<string, string> = {
  received: 'Received, not yet acknowledged',
  notAccepted: 'Not accepted',
  'stage1.awaitingResponse': 'Stage 1, awaiting response',
  'stage1.responded': 'Stage 1 responded',
  'stage2.requested': 'Stage 2 requested',
  'stage2.awaitingResponse': 'Stage 2, awaiting final response',
  'stage2.responded': 'Stage 2 final response issued',
  escalationRefused: 'Escalation refused',
  'closed.afterStage1': 'Closed after Stage 1',
  'closed.afterFinalResponse': 'Closed after final response',
  withdrawn: 'Withdrawn',
  'ombudsman.referred': 'With the Ombudsman',
  'ombudsman.determined': 'Ombudsman determined',
  'ombudsman.ordersOpen': 'Ombudsman orders open',
  'ombudsman.ordersComplied': 'Ombudsman orders complied with',
};

export function statusLabel(status: unknown): string {
  if (typeof status !== 'string') return '';
  return STATUS_LABELS[status] ?? status;
}

/** The GOV.UK tag colour for red / amber / green. */
export const RAG_TAGS: Record<string, { text: string; classes: string }> = {
  red: { text: 'Overdue', classes: 'govuk-tag--red' },
  amber: { text: 'Due soon', classes: 'govuk-tag--orange' },
  green: { text: 'On track', classes: 'govuk-tag--green' },
};

/** The status filter of Find: the list query matches a parent state too (`stage1`). */
export const STATUS_FILTERS = [
  { value: '', text: 'Any status' },
  { value: 'received', text: 'Received, not yet acknowledged' },
  { value: 'stage1', text: 'Stage 1' },
  { value: 'stage2', text: 'Stage 2' },
  { value: 'closed', text: 'Closed' },
  { value: 'escalationRefused', text: 'Escalation refused' },
  { value: 'ombudsman', text: 'With the Ombudsman' },
  { value: 'withdrawn', text: 'Withdrawn' },
  { value: 'notAccepted', text: 'Not accepted' },
];
