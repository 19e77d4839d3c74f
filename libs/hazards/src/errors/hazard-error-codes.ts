/**
 * Every refusal the hazard domain can give, with a stable code and the rule behind it. `kind`
 * maps to an HTTP status as for complaints: not-found → 404, invalid → 400, rule → 409.
 */
export const HAZARD_ERRORS = {
  HAZARD_NOT_FOUND: { kind: 'not-found', rule: null },
  HAZARD_ALREADY_REPORTED: { kind: 'rule', rule: null },
  INVALID_COMMAND: { kind: 'invalid', rule: null },
  ILLEGAL_TRANSITION: { kind: 'rule', rule: 'SI 2025/1042 (order of steps)' },
  TIME_IN_FUTURE: { kind: 'rule', rule: null },
  BACKDATE_REASON_REQUIRED: { kind: 'rule', rule: null },
  TIME_BEFORE_PREVIOUS_STEP: { kind: 'rule', rule: null },
  COMPLAINT_ID_REQUIRED: { kind: 'rule', rule: 'HOS: a hazard in a complaint is recorded' },
  OUT_OF_SCOPE: { kind: 'rule', rule: 's.10A LTA 1985: social housing tenancies only' },
  HAZARD_TYPE_NOT_IN_FORCE: { kind: 'rule', rule: 'SI 2025/1042 phases (dated policy)' },
  REASONS_REQUIRED: { kind: 'rule', rule: 'SI 2025/1042 Reg 9 (findings)' },
  STEP_ALREADY_RECORDED: { kind: 'rule', rule: null },
  PREVENTATIVE_WORK_NOT_REQUIRED: { kind: 'rule', rule: 'SI 2025/1042 Reg 13' },
  PREVENTATIVE_WORK_NOT_STARTED: { kind: 'rule', rule: 'SI 2025/1042 Reg 13(4)' },
  NOT_PRACTICABLE_REASON_REQUIRED: { kind: 'rule', rule: 'SI 2025/1042 Reg 13(3)' },
  TARGET_DATE_REQUIRED: { kind: 'rule', rule: 'SI 2025/1042 Reg 13(4)' },
  ACCOMMODATION_AT_LANDLORDS_COST: { kind: 'rule', rule: 'Awaab’s Law: alternative accommodation' },
  EVIDENCE_REQUIRED: { kind: 'rule', rule: 'Awaab’s Law: reasonable endeavours defence' },
  STEP_NOT_APPLICABLE: { kind: 'rule', rule: null },
  COMPLAINT_ALREADY_LINKED: { kind: 'rule', rule: null },
  STEPS_OUTSTANDING: { kind: 'rule', rule: 'SI 2025/1042 Regs 9, 11, 13' },
} as const;

export type HazardErrorCode = keyof typeof HAZARD_ERRORS;
export type HazardErrorKind = (typeof HAZARD_ERRORS)[HazardErrorCode]['kind'];
