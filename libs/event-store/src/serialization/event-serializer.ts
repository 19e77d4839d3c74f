import { randomUUID } from 'node:crypto';
import type { EventToAppend, Json, RecordedEvent } from '../port/event-store.port';
import { chainHash } from '../hash-chain/hash-chain';
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
    let previous = prevHash;
    return events.map((event, i) => {
      const id = randomUUID();
      const data = JSON.parse(JSON.stringify(event.data)) as Json;
      const unhashed = {
        ...metadata(event),
        eventId: id,
        schemaVersion: this.upcasters.currentVersion(event.type),
        prevHash: previous,
      };
      const revision = firstRevision + BigInt(i);
      const hash = chainHash(previous, {
        stream,
        revision,
        id,
        type: event.type,
        data,
        metadata: unhashed,
      });
      previous = hash;
      return { id, type: event.type, data, metadata: { ...unhashed, hash } as unknown as Json };
    });
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
