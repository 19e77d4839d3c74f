/**
 * The names a board reads for the codes Redress stores: categories and root causes of the
 * policy lists, outcomes, Section 2 reasons, the Ombudsman's findings and orders. A code without
 * a name here (a landlord's own category, say) is printed in sentence case.
 */
const NAMES: Readonly<Record<string, string>> = {
  // Categories (policy list)
  PROPERTY_CONDITION: 'Property condition and repairs',
  COMPLAINT_HANDLING: 'Complaint handling',
  ASB_NOISE: 'Anti-social behaviour and noise',
  HEALTH_AND_SAFETY: 'Health and safety',
  STAFF_CONDUCT: 'Staff conduct',
  COMMUNICATION: 'Communication',
  RECORD_KEEPING: 'Record keeping',
  CHARGES: 'Rent and service charges',
  ESTATE_MANAGEMENT: 'Estate management',
  TENANCY_ALLOCATIONS: 'Tenancy and allocations',
  LEASEHOLD_SHARED_OWNERSHIP: 'Leasehold and shared ownership',
  // Root causes (policy list)
  PROCESS_FAILURE: 'Process failure',
  CONTRACTOR_PERFORMANCE: 'Contractor performance',
  POLICY_GAP: 'Gap in policy',
  RESOURCING_DELAY: 'Resourcing and delay',
  STAFF_BEHAVIOUR: 'Staff behaviour',
  NO_FAULT_FOUND: 'No fault found',
  // Outcomes (CHC 6.7)
  UPHELD: 'Upheld',
  PARTLY_UPHELD: 'Partly upheld',
  NOT_UPHELD: 'Not upheld',
  // Section 2 reasons (CHC 2.2–2.3) and refused escalations
  OVER_12_MONTHS: 'Raised more than 12 months after the issue',
  LEGAL_PROCEEDINGS: 'Legal proceedings started',
  PREVIOUSLY_CONSIDERED: 'Previously considered',
  OTHER_POLICY_EXCLUSION: 'Other exclusion in the complaints policy',
  REQUEST_OUT_OF_TIME: 'Stage 2 asked for outside the policy window',
  // The Housing Ombudsman's findings and orders
  NO_MALADMINISTRATION: 'No maladministration',
  SERVICE_FAILURE: 'Service failure',
  MALADMINISTRATION: 'Maladministration',
  SEVERE_MALADMINISTRATION: 'Severe maladministration',
  MEDIATION: 'Mediation',
  REDRESS: 'Reasonable redress',
  OUTSIDE_JURISDICTION: 'Outside jurisdiction',
  WITHDRAWN: 'Withdrawn',
  APOLOGY: 'Apology',
  COMPENSATION: 'Compensation',
  WORKS: 'Works',
  POLICY_REVIEW: 'Policy review',
  TRAINING: 'Training',
  OTHER: 'Other',
  // Report placeholders
  NOT_RECORDED: 'Not recorded',
  NONE_IDENTIFIED: 'None identified',
};

/** The name of a stored code, for printed reports. */
export function nameOf(code: string): string {
  const known = NAMES[code];
  if (known) return known;
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
