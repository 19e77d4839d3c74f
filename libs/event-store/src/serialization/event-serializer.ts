import { randomUUID } from 'node:crypto';
import type { EventToAppend, Json, RecordedEvent } from '../port/event-store.port';
import { GENESIS_HASH, linkEvents } from '../hash-chain/hash-chain';
import type { EventMetadata } from './event-metadata';
import type { UpcasterRegistry } from './upcaster-registry';

/** A domain event: a type and a JSON payload (dates as ISO strings). */
export interface DomainEventLike {
  readonly type: string;
  readonly data: object;
}

export interface StoredDomainEvent<E extends DomainEventLike> {
  readonly event: E;
  readonly metadata: EventMetadata;
  readonly revision: bigint;
  readonly recorded: RecordedEvent;
}

export type MetadataInput = Omit<EventMetadata, 'eventId' | 'schemaVersion' | 'prevHash' | 'hash'>;

/**
 * The one place events cross into and out of storage: payloads become JSON, metadata gets its
 * schema version and hash chain on the way in, and old payloads are upcast on the way out.
 */
export class EventSerializer {
  constructor(private readonly upcasters: UpcasterRegistry) {}

  /** Chains `events` after `prevHash`, the first taking revision `firstRevision`. */
  serialize(
    stream: string,
    events: readonly DomainEventLike[],
    metadata: (event: DomainEventLike) => MetadataInput,
    firstRevision: bigint,
    prevHash: string,
  ): EventToAppend[] {
    return linkEvents(stream, this.unlinked(events, metadata), firstRevision, prevHash);
  }

  /**
   * The events with their ids, payloads and metadata but no chain link yet: for an append that
   * asks the store to link them (`linkChain`) at whatever revision the stream has then.
   */
  unlinked(
    events: readonly DomainEventLike[],
    metadata: (event: DomainEventLike) => MetadataInput,
  ): EventToAppend[] {
    return events.map((event) => {
      const id = randomUUID();
      const data = JSON.parse(JSON.stringify(event.data)) as Json;
      const meta = {
        ...metadata(event),
        eventId: id,
        schemaVersion: this.upcasters.currentVersion(event.type),
        // A placeholder, replaced when the event is linked.
        prevHash: GENESIS_HASH,
      };
      return { id, type: event.type, data, metadata: meta as unknown as Json };
    });
  }

  /**
   * The domain event alone, upcast to the current shape: for folds, which need no metadata. The
   * metadata (its schema version) is read only for a type that has ever changed shape, so an
   * adapter that parses metadata lazily never parses it here.
   */
  eventOf<E extends DomainEventLike>(recorded: RecordedEvent): E {
    const current = this.upcasters.currentVersion(recorded.type);
    const version =
      current > 1 ? ((recorded.metadata as unknown as EventMetadata)?.schemaVersion ?? 1) : 1;
    const data = this.upcasters.upcast(
      recorded.type,
      version,
      (recorded.data ?? {}) as Record<string, unknown>,
    );
    return { type: recorded.type, data } as unknown as E;
  }

  deserialize<E extends DomainEventLike>(recorded: RecordedEvent): StoredDomainEvent<E> {
    const metadata = recorded.metadata as unknown as EventMetadata;
    const data = this.upcasters.upcast(
      recorded.type,
      metadata?.schemaVersion ?? 1,
      (recorded.data ?? {}) as Record<string, unknown>,
    );
    return {
      event: { type: recorded.type, data } as unknown as E,
      metadata,
      revision: recorded.revision,
      recorded,
    };
  }
}
