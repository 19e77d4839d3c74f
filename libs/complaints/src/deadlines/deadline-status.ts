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
  const { stoppedOn, completedOn } = facts;
  const due = facts.dueOn;
  if (completedOn !== undefined && completedOn <= asOf) {
    return completedOn <= due
      ? judged(facts, 'met', completedOn)
      : judged(facts, 'missed', completedOn, calendar.workingDaysBetween(due, completedOn));
  }
  const stopped = stoppedOn !== undefined && stoppedOn <= asOf ? stoppedOn : undefined;
  const until = stopped ?? asOf;
  if (until > due)
    return judged(facts, 'missed', undefined, calendar.workingDaysBetween(due, until));
  if (stopped !== undefined) return judged(facts, 'cancelled');
  return judged(facts, 'pending', undefined, undefined, calendar.workingDaysBetween(asOf, due));
}

/**
 * The deadline with its verdict. Every field is named, in one shape for every verdict: a
 * rest-and-spread of the facts per deadline was a large part of deriving a complaint's rows.
 */
function judged(
  facts: DeadlineFacts,
  status: Deadline['status'],
  completedOn?: LocalDate,
  workingDaysOverdue?: number,
  workingDaysRemaining?: number,
): Deadline {
  const deadline = {
    kind: facts.kind,
    provision: facts.provision,
    ref: facts.ref,
    startedOn: facts.startedOn,
    dueOn: facts.dueOn,
    originalDueOn: facts.originalDueOn,
    extended: facts.extended,
    completedOn,
    status,
    workingDaysRemaining,
    workingDaysOverdue,
  };
  // Every field of a deadline is named above: one added to the type fails to compile here.
  const everyField: { [K in keyof Required<Deadline>]: unknown } = deadline;
  return everyField as Deadline;
}
