/**
 * Controlled vocabularies recorded on complaints. Each list is closed so reports can group on
 * it exactly; lists that the Code leaves to landlords (categories, root causes) live in the
 * versioned policy instead.
 */
export const CHANNELS = [
  'PHONE',
  'EMAIL',
  'LETTER',
  'IN_PERSON',
  'WEB_FORM',
  'SOCIAL_MEDIA',
  'OTHER',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Decision per issue in a landlord's response (CHC 6.7, domain doc §7). */
export const ISSUE_DECISIONS = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'] as const;
export type IssueDecision = (typeof ISSUE_DECISIONS)[number];

/** Remedy types (CHC 7.1). */
export const REMEDY_TYPES = [
  'APOLOGY',
  'ACKNOWLEDGE_FAULT',
  'EXPLANATION_ASSISTANCE_REASONS',
  'ACTION_ON_DELAY',
  'RECONSIDER_OR_CHANGE_DECISION',
  'AMEND_RECORD',
  'FINANCIAL_REMEDY',
  'CHANGE_POLICY_PROCEDURE_PRACTICE',
] as const;
export type RemedyType = (typeof REMEDY_TYPES)[number];

/** Section 2 exclusions (CHC 2.2) plus any other exclusion the landlord's policy lists. */
export const EXCLUSION_CODES = [
  'OVER_12_MONTHS',
  'LEGAL_PROCEEDINGS',
  'PREVIOUSLY_CONSIDERED',
  'OTHER_POLICY_EXCLUSION',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/** Reasons to refuse Stage 2: Section 2 reasons, or a request outside the policy window. */
export const ESCALATION_REFUSAL_CODES = [...EXCLUSION_CODES, 'REQUEST_OUT_OF_TIME'] as const;
export type EscalationRefusalCode = (typeof ESCALATION_REFUSAL_CODES)[number];

/** The eight findings the Housing Ombudsman can make on each issue (domain doc §4). */
export const OMBUDSMAN_FINDINGS = [
  'NO_MALADMINISTRATION',
  'SERVICE_FAILURE',
  'MALADMINISTRATION',
  'SEVERE_MALADMINISTRATION',
  'MEDIATION',
  'REDRESS',
  'OUTSIDE_JURISDICTION',
  'WITHDRAWN',
] as const;
export type OmbudsmanFinding = (typeof OMBUDSMAN_FINDINGS)[number];

/** Findings that count as "upheld" in the Ombudsman's own reporting. */
export const UPHELD_FINDINGS: readonly OmbudsmanFinding[] = [
  'SERVICE_FAILURE',
  'MALADMINISTRATION',
  'SEVERE_MALADMINISTRATION',
];

export const OMBUDSMAN_ORDER_TYPES = [
  'APOLOGY',
  'COMPENSATION',
  'WORKS',
  'POLICY_REVIEW',
  'TRAINING',
  'OTHER',
] as const;
export type OmbudsmanOrderType = (typeof OMBUDSMAN_ORDER_TYPES)[number];

/** Recorded at closure when a complaint taught nothing new (CHC 9.1 still asks the question). */
export const NO_LEARNING_IDENTIFIED = 'NONE_IDENTIFIED';

export type Stage = 1 | 2;

/**
 * The tenure a complaint is reported under (RSH TSM CH01/CH02 stock types): low cost rental
 * accommodation, low cost home ownership (shared owners), or anyone else (leaseholders,
 * market-rent tenants, members of the public), who count in the landlord's own volumes only.
 */
export const TENURES = ['LCRA', 'LCHO', 'OTHER'] as const;
export type Tenure = (typeof TENURES)[number];
/** Complaints stored before tenure was recorded are read as LCRA (docs/reports.md). */
export const TENURE_BEFORE_RECORDING: Tenure = 'LCRA';
