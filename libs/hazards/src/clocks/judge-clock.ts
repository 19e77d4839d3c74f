import { londonDateOf, type LocalDate, type WorkingDayCalendar } from '@redress/complaints';
import type { HazardClock } from './hazard-clock';

const HOUR = 3_600_000;

export type ClockFacts = Omit<
  HazardClock,
  'status' | 'hoursRemaining' | 'hoursOverdue' | 'workingDaysRemaining' | 'workingDaysOverdue'
> & {
  /** When the clock stopped without the step being done (a finding of no hazard). */
  readonly stoppedAt?: string;
};

/**
 * Judges one clock as of an instant. Hour clocks compare instants (whole hours remaining are
 * rounded down, any part of an hour late counts as an hour); day clocks compare dates in
 * England, on time on or before the due date, as complaint deadlines do.
 */
export function judgeClock(
  facts: ClockFacts,
  asOf: string,
  calendar: WorkingDayCalendar,
): HazardClock {
  const { stoppedAt, ...clock } = facts;
  const completed = facts.completedAt;
  const stopped = completed === undefined && stoppedAt !== undefined && stoppedAt <= asOf;
  const until = completed ?? (stopped ? (stoppedAt as string) : asOf);
  if (facts.unit === 'HOURS') {
    const due = Date.parse(facts.dueAt as string);
    const late = Date.parse(until) - due;
    if (late > 0) return { ...clock, status: 'missed', hoursOverdue: Math.ceil(late / HOUR) };
    if (completed !== undefined) return { ...clock, status: 'met' };
    if (stopped) return { ...clock, status: 'cancelled' };
    return { ...clock, status: 'pending', hoursRemaining: Math.floor(-late / HOUR) };
  }
  const untilOn: LocalDate = londonDateOf(until);
  if (untilOn > facts.dueOn) {
    return {
      ...clock,
      status: 'missed',
      workingDaysOverdue: calendar.workingDaysBetween(facts.dueOn, untilOn),
    };
  }
  if (completed !== undefined) return { ...clock, status: 'met' };
  if (stopped) return { ...clock, status: 'cancelled' };
  return {
    ...clock,
    status: 'pending',
    workingDaysRemaining: calendar.workingDaysBetween(untilOn, facts.dueOn),
  };
}
