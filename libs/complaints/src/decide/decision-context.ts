import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Actor } from '../model/parts';
import type { PolicyRegistry } from '../policy/policy-registry';

/**
 * Everything `decide` needs from outside, handed in so it never reads a clock or a file
 * (architecture decision 8): the server's `now`, who is acting, the policies and the calendar.
 */
export interface DecisionContext {
  readonly now: Date;
  readonly actor: Actor;
  readonly policies: PolicyRegistry;
  readonly calendar: WorkingDayCalendar;
}
