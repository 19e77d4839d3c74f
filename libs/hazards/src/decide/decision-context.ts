import type { Actor, WorkingDayCalendar } from '@redress/complaints';
import type { HazardPolicyRegistry } from '../policy/hazard-policy-registry';

/**
 * Everything the hazard decider needs from outside, handed in so it never reads a clock or a
 * file: the server's `now`, who is acting, the dated hazard policies and the complaint calendar.
 */
export interface HazardDecisionContext {
  readonly now: Date;
  readonly actor: Actor;
  readonly policies: HazardPolicyRegistry;
  readonly calendar: WorkingDayCalendar;
}
