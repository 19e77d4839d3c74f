import { londonDateOf, type WorkingDayCalendar } from '@redress/complaints';
import type { OpenObligation, Threshold, ThresholdSettings } from '../model/open-obligation';

const HOUR = 3_600_000;

/**
 * The furthest threshold an open obligation has crossed at `now`, or none. Day-counted
 * deadlines compare dates in England, as the work queue does: missed once the due date has
 * passed (on time on the due date itself, CHC 5–7), amber from `amberWorkingDays` working days
 * before it (the complaint calendar: weekends and England and Wales bank holidays skipped).
 * Hour-counted clocks (an emergency hazard, SI 2025/1042) compare instants: missed after the due
 * instant, amber within `amberHours` of it, through nights, weekends and holidays alike.
 * Only the furthest is returned: an obligation first seen already missed is not also amber.
 */
export function thresholdReached(
  obligation: Pick<OpenObligation, 'dueOn' | 'dueAt'>,
  now: Date,
  settings: ThresholdSettings,
  calendar: WorkingDayCalendar,
): Threshold | undefined {
  return thresholdJudge(now, settings, calendar)(obligation);
}

/** `thresholdReached` for many obligations at one instant: today and amber's edge found once. */
export function thresholdJudge(
  now: Date,
  settings: ThresholdSettings,
  calendar: WorkingDayCalendar,
): (obligation: Pick<OpenObligation, 'dueOn' | 'dueAt'>) => Threshold | undefined {
  const today = londonDateOf(now);
  const amberUntil = calendar.addWorkingDays(today, settings.amberWorkingDays);
  const amberMs = settings.amberHours * HOUR;
  return (obligation) => {
    if (obligation.dueAt !== undefined) {
      const left = Date.parse(obligation.dueAt) - now.getTime();
      if (left < 0) return 'missed';
      return left <= amberMs ? 'amber' : undefined;
    }
    if (today > obligation.dueOn) return 'missed';
    return obligation.dueOn <= amberUntil ? 'amber' : undefined;
  };
}
