import type { LocalDate } from '../calendar/local-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Deadline } from './deadline';

export type DeadlineFacts = Omit<
  Deadline,
  'status' | 'workingDaysRemaining' | 'workingDaysOverdue' | 'completedOn'
> & {
  readonly completedOn?: LocalDate;
  /** When the clock stopped without the act being done (withdrawal, say). */
  readonly stoppedOn?: LocalDate;
};

/**
 * Judges one deadline as of a date. Only what had happened by `asOf` counts, so the same
 * facts give the answer an officer would have seen that day. Done on or before the due date
 * is on time (domain doc §6).
 */
export function judgeDeadline(
  facts: DeadlineFacts,
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
): Deadline {
  const { stoppedOn, completedOn, ...deadline } = facts;
  const due = facts.dueOn;
  if (completedOn !== undefined && completedOn <= asOf) {
    return completedOn <= due
      ? { ...deadline, completedOn, status: 'met' }
      : {
          ...deadline,
          completedOn,
          status: 'missed',
          workingDaysOverdue: calendar.workingDaysBetween(due, completedOn),
        };
  }
  const stopped = stoppedOn !== undefined && stoppedOn <= asOf ? stoppedOn : undefined;
  const until = stopped ?? asOf;
  if (until > due) {
    return {
      ...deadline,
      status: 'missed',
      workingDaysOverdue: calendar.workingDaysBetween(due, until),
    };
  }
  if (stopped !== undefined) return { ...deadline, status: 'cancelled' };
  return {
    ...deadline,
    status: 'pending',
    workingDaysRemaining: calendar.workingDaysBetween(asOf, due),
  };
}
