import type { DomainEventLike } from '../serialization/event-serializer';

/** The shape the generic handler needs from a domain: fold and decide, nothing else. */
export interface Decider<State, Command, Event extends DomainEventLike, Context> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): Event[];
}
