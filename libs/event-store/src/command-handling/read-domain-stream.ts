import type { EventStore, RecordedEvent } from '../port/event-store.port';
import type {
  DomainEventLike,
  EventSerializer,
  StoredDomainEvent,
} from '../serialization/event-serializer';
import type { Decider } from './decider';

/** A stream as stored (for the hash chain) and as domain events (upcast, for replay). */
export interface DomainStream<Event extends DomainEventLike> {
  readonly stream: string;
  readonly recorded: readonly RecordedEvent[];
  readonly stored: readonly StoredDomainEvent<Event>[];
  /**
   * The last event's revision (-1n when the stream is empty), not the count: a truncated or
   * scavenged EventStoreDB stream starts at a later revision than 0.
   */
  readonly revision: bigint;
}

/** Reads a whole stream and deserializes it: the one way a stream is read back into events. */
export async function readDomainStream<Event extends DomainEventLike>(
  store: EventStore,
  stream: string,
  serializer: EventSerializer,
): Promise<DomainStream<Event>> {
  const recorded = await store.readStream(stream);
  const stored = recorded.map((r) => serializer.deserialize<Event>(r));
  return { stream, recorded, stored, revision: recorded.at(-1)?.revision ?? -1n };
}

/** The state the events leave: the decider's fold (habit 6). */
export function foldStored<State, Event extends DomainEventLike>(
  decider: Pick<Decider<State, unknown, Event, unknown>, 'initialState' | 'evolve'>,
  stored: readonly StoredDomainEvent<Event>[],
): State {
  return stored.reduce((s, e) => decider.evolve(s, e.event), decider.initialState());
}
