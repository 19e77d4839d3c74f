import type { LocalDate } from '../calendar/local-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { CodePolicy, StagePolicy } from '../policy/code-policy';
import type { StageRecord } from '../state/complaint-state';

export function stagePolicy(policy: CodePolicy, stage: 1 | 2): StagePolicy {
  return stage === 1 ? policy.stage1 : policy.stage2;
}

/** CHC 6.2 / 6.11: acknowledge within N working days of receipt or of the escalation request. */
export function acknowledgementDueOn(
  s: StageRecord,
  policy: CodePolicy,
  calendar: WorkingDayCalendar,
): LocalDate {
  return calendar.addWorkingDays(s.triggeredOn, stagePolicy(policy, s.stage).acknowledgeWithin);
}

/** CHC 6.3: the response clock runs from the actual acknowledgement, not from receipt. */
export function originalResponseDueOn(
  s: StageRecord,
  policy: CodePolicy,
  calendar: WorkingDayCalendar,
): LocalDate | undefined {
  if (s.acknowledgedOn === undefined) return undefined;
  return calendar.addWorkingDays(s.acknowledgedOn, stagePolicy(policy, s.stage).respondWithin);
}

/** The response date in force: the latest notified extension, else the original. */
export function currentResponseDueOn(
  s: StageRecord,
  policy: CodePolicy,
  calendar: WorkingDayCalendar,
): LocalDate | undefined {
  const last = s.extensions[s.extensions.length - 1];
  return last?.newDueOn ?? originalResponseDueOn(s, policy, calendar);
}

/** CHC 6.4: the latest date an extension may reach without a recorded good reason. */
export function extensionCapOn(
  s: StageRecord,
  policy: CodePolicy,
  calendar: WorkingDayCalendar,
): LocalDate | undefined {
  const original = originalResponseDueOn(s, policy, calendar);
  return original && calendar.addWorkingDays(original, stagePolicy(policy, s.stage).maxExtension);
}
