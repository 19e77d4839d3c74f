import type { Actor } from '@redress/complaints';

/** What the service request decider needs from outside: the server's `now` and the actor. */
export interface ServiceRequestDecisionContext {
  readonly now: Date;
  readonly actor: Actor;
}
