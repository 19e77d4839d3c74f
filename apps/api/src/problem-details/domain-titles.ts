import type { HazardErrorCode } from '@redress/hazards';
import type { ServiceRequestErrorCode } from '@redress/service-requests';

/** Plain-English titles for the hazard refusals (SI 2025/1042); the code stays stable. */
export const HAZARD_TITLES: Record<HazardErrorCode, string> = {
  HAZARD_NOT_FOUND: 'No such hazard case',
  HAZARD_ALREADY_REPORTED: 'This hazard case is already recorded',
  INVALID_COMMAND: 'The request is not valid',
  ILLEGAL_TRANSITION: 'That step is not allowed at this point of the hazard case',
  TIME_IN_FUTURE: 'The time given is in the future',
  BACKDATE_REASON_REQUIRED: 'A reason is needed for an earlier day',
  TIME_BEFORE_PREVIOUS_STEP: 'The time given is before the step it follows',
  COMPLAINT_ID_REQUIRED: 'A hazard reported in a complaint must name that complaint',
  OUT_OF_SCOPE: "Awaab's Law does not apply to this tenure",
  HAZARD_TYPE_NOT_IN_FORCE: "That hazard type is not yet covered by Awaab's Law",
  REASONS_REQUIRED: 'The findings need their reasons',
  STEP_ALREADY_RECORDED: 'That step is already recorded',
  PREVENTATIVE_WORK_NOT_REQUIRED: 'The investigation found no preventative work was needed',
  PREVENTATIVE_WORK_NOT_STARTED: 'The preventative work has not started',
  NOT_PRACTICABLE_REASON_REQUIRED: 'Say why it is not reasonably practicable',
  TARGET_DATE_REQUIRED: 'A target completion date is needed',
  ACCOMMODATION_AT_LANDLORDS_COST: "Alternative accommodation must be at the landlord's cost",
  EVIDENCE_REQUIRED: 'The reasonable endeavours defence needs evidence',
  STEP_NOT_APPLICABLE: 'That step has no clock on this case',
  COMPLAINT_ALREADY_LINKED: 'That complaint is already linked',
  STEPS_OUTSTANDING: 'Steps with a clock are still outstanding',
};

/** Plain-English titles for the service request refusals (CHC 1.2–1.5). */
export const SERVICE_REQUEST_TITLES: Record<ServiceRequestErrorCode, string> = {
  SERVICE_REQUEST_NOT_FOUND: 'No such service request',
  SERVICE_REQUEST_ALREADY_RAISED: 'This service request is already recorded',
  INVALID_COMMAND: 'The request is not valid',
  ILLEGAL_TRANSITION: 'That step is not allowed at this point of the service request',
  DATE_IN_FUTURE: 'The date given is in the future',
  BACKDATE_REASON_REQUIRED: 'A reason is needed for an earlier date',
  DATE_BEFORE_PREVIOUS_STEP: 'The date given is before the step it follows',
  DISSATISFACTION_REQUIRED: 'Record what the resident is dissatisfied with',
  COMPLAINT_ID_REQUIRED: 'An accepted offer must name the complaint it led to',
  UNKNOWN_OFFER: 'No such offer to complain on this service request',
  OFFER_ALREADY_ANSWERED: 'That offer has already been answered',
};
