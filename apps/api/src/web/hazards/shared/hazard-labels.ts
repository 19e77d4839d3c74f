/** Awaab's Law's codes in plain words, as an officer would say them (SI 2025/1042). */
export const HAZARD_TENURE_LABELS: Record<string, string> = {
  SOCIAL_RENT_SECURE: 'Secure tenancy (social rent)',
  SOCIAL_RENT_ASSURED: 'Assured tenancy (social rent)',
  SOCIAL_RENT_INTRODUCTORY: 'Introductory tenancy (social rent)',
  SOCIAL_RENT_STARTER: 'Starter tenancy (social rent)',
  AFFORDABLE_RENT: 'Affordable rent tenancy',
  SUPPORTED_HOUSING: 'Supported housing',
  SHARED_OWNERSHIP: 'Shared ownership',
  LONG_LEASEHOLD: 'Long leasehold',
  LICENCE: 'Licence',
  TEMPORARY_ACCOMMODATION: 'Temporary accommodation',
};

export const ROUTE_LABELS: Record<string, string> = {
  CALL: 'A phone call',
  EMAIL: 'An email',
  REPAIR_REPORT: 'A repair report',
  CONTRACTOR_NOTE: 'A contractor’s note',
  COMPLAINT: 'A complaint',
  INSPECTION: 'An inspection',
  OTHER: 'Another way',
};

export const CATEGORY_LABELS: Record<string, string> = {
  EMERGENCY: 'Emergency hazard',
  SIGNIFICANT: 'Significant hazard',
};

export const FINDING_LABELS: Record<string, string> = {
  HAZARD: 'A hazard was found',
  NO_HAZARD: 'No hazard was found',
};

export const ANSWER_LABELS: Record<string, string> = {
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  AWAITING_ANSWER: 'Waiting for the resident’s answer',
};

/** Each clocked step with the regulation behind it. */
export const STEP_LABELS: Record<string, string> = {
  EMERGENCY_INVESTIGATION: 'Investigate the emergency hazard',
  EMERGENCY_MAKE_SAFE: 'Make the home safe',
  INVESTIGATION: 'Investigate',
  WRITTEN_SUMMARY: 'Written summary of the findings to the tenant',
  SAFETY_WORK: 'Relevant safety work',
  PREVENTATIVE_WORK_START: 'Begin supplementary preventative work',
  PREVENTATIVE_WORK_COMPLETION: 'Complete the preventative work',
};

const HAZARD_STATUS_LABELS: Record<string, string> = {
  reported: 'Reported',
  outOfScope: 'Recorded: Awaab’s Law does not apply',
  awaitingClassification: 'Awaiting classification',
  investigating: 'Investigating',
  remedying: 'Putting it right',
  'closed.resolved': 'Closed',
  'closed.noHazard': 'Closed: no hazard found',
};

export function hazardStatusLabel(status: unknown): string {
  return typeof status === 'string' ? (HAZARD_STATUS_LABELS[status] ?? status) : '';
}

/** `DAMP_AND_MOULD` → "Damp and mould": the HHSRS hazard names. */
export function hazardTypeLabel(type: unknown): string {
  if (typeof type !== 'string') return '';
  const words = type.toLowerCase().replace(/_/g, ' ');
  return (words.charAt(0).toUpperCase() + words.slice(1))
    .replace('asbestos and mmf', 'asbestos and manufactured mineral fibres')
    .replace('hygiene pests refuse', 'hygiene, pests and refuse')
    .replace('sanitation drainage', 'sanitation and drainage');
}
