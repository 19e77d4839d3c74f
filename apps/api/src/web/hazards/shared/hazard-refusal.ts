import type { HazardError } from '@redress/hazards';
import { HAZARD_TITLES } from '../../../problem-details/domain-titles';

/** The form field a refusal is about, so the error summary's link lands on it. */
const REFUSAL_FIELDS: Record<string, string> = {
  TIME_IN_FUTURE: 'at-day',
  TIME_BEFORE_PREVIOUS_STEP: 'at-day',
  BACKDATE_REASON_REQUIRED: 'backdateReason',
  COMPLAINT_ID_REQUIRED: 'route',
  HAZARD_TYPE_NOT_IN_FORCE: 'hazardType',
  REASONS_REQUIRED: 'reasons',
  NOT_PRACTICABLE_REASON_REQUIRED: 'notReasonablyPracticableReason',
  TARGET_DATE_REQUIRED: 'targetCompletionOn-day',
  ACCOMMODATION_AT_LANDLORDS_COST: 'atLandlordsCost',
  EVIDENCE_REQUIRED: 'evidence',
  STEP_NOT_APPLICABLE: 'step',
  COMPLAINT_ALREADY_LINKED: 'complaint',
};

/**
 * A refusal from the hazard domain as a GOV.UK error summary: the rule in plain words, the
 * detail, and the regulation or statute behind it when the rule names one.
 */
export function hazardRefusalSummary(error: HazardError) {
  return {
    titleText: HAZARD_TITLES[error.code] ?? 'This could not be recorded',
    descriptionText: error.rule
      ? `This is required by ${error.rule.replace(/^HOS: /, 'the Housing Ombudsman: ')}.`
      : undefined,
    errorList: [{ text: error.message, href: `#${REFUSAL_FIELDS[error.code] ?? 'main-content'}` }],
  };
}
