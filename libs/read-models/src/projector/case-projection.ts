import type { Kysely, Transaction } from 'kysely';
import type {
  DomainEventLike,
  EventSerializer,
  EventStore,
  RecordedEvent,
} from '@redress/event-store';
import type { HazardEvent } from '@redress/hazards';
import type { ServiceRequestEvent } from '@redress/service-requests';
import { HAZARD_STREAM_PREFIX, hazardSerializer } from '@redress/hazard-stream';
import {
  SERVICE_REQUEST_STREAM_PREFIX,
  serviceRequestSerializer,
} from '@redress/service-request-stream';
import {
  hazardRowSet,
  projectHazardEvent,
  type ProjectedHazardCase,
} from '../projection/hazard-case-rows';
import {
  projectServiceRequestEvent,
  serviceRequestRowSet,
  type ProjectedServiceRequest,
} from '../projection/service-request-rows';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { upsertHazardRows, upsertServiceRequestRows } from './case-rows-writer';

type Db = Kysely<ReadModelDatabase> | Transaction<ReadModelDatabase>;

/** One stream kind the projection folds beside complaints. */
interface Kind<Doc, Event extends DomainEventLike> {
  readonly prefix: string;
  readonly serializer: EventSerializer;
  readonly project: (doc: Doc | null, id: string, revision: number, event: Event) => Doc;
}

const HAZARDS: Kind<ProjectedHazardCase, HazardEvent> = {
  prefix: HAZARD_STREAM_PREFIX,
  serializer: hazardSerializer,
  project: projectHazardEvent,
};
const REQUESTS: Kind<ProjectedServiceRequest, ServiceRequestEvent> = {
  prefix: SERVICE_REQUEST_STREAM_PREFIX,
  serializer: serviceRequestSerializer,
  project: projectServiceRequestEvent,
};

/**
 * The hazard case (SI 2025/1042) and service request (CHC 1.4) part of the read-model
 * projection. The complaint projector hands it every event from those streams and writes its
 * rows in the same transaction as the complaint rows and the one checkpoint, so a report that
 * joins complaints to hazards or requests sees them at the same point in the log.
 *
 * A document not in memory is folded again from its stream up to the event before the one
 * arriving, so the cache only saves reads: eviction is safe live and in a rebuild alike.
 */
export class CaseProjection {
  private readonly hazards = new Documents(HAZARDS);
  private readonly requests = new Documents(REQUESTS);

  constructor(
    private readonly store: EventStore,
    private readonly cacheLimit: number,
  ) {}

  /** The stream prefixes it folds. */
  static readonly PREFIXES = [HAZARD_STREAM_PREFIX, SERVICE_REQUEST_STREAM_PREFIX] as const;

  /** Whether the event is from a stream it folds: asked first, so other events cost no promise. */
  folds(recorded: RecordedEvent): boolean {
    return (
      recorded.stream.startsWith(HAZARD_STREAM_PREFIX) ||
      recorded.stream.startsWith(SERVICE_REQUEST_STREAM_PREFIX)
    );
  }

  /** Folds the event if it is from a hazard or service-request stream; false for any other. */
  async apply(recorded: RecordedEvent): Promise<boolean> {
    if (recorded.stream.startsWith(HAZARD_STREAM_PREFIX)) {
      await this.hazards.apply(this.store, recorded);
      return true;
    }
    if (recorded.stream.startsWith(SERVICE_REQUEST_STREAM_PREFIX)) {
      await this.requests.apply(this.store, recorded);
      return true;
    }
    return false;
  }

  /**
   * Writes every changed document's rows (`suffix`: a rebuild's fresh tables). They stay
   * changed until `committed()`: a failed transaction is retried with the same event, which is
   * then a redelivery that changes no document, so the rows must still be waiting.
   */
  async write(db: Db, suffix = ''): Promise<void> {
    const hazards = this.hazards.changed().map(hazardRowSet);
    const requests = this.requests.changed().map(serviceRequestRowSet);
    await upsertHazardRows(
      db,
      hazards.filter((s) => s !== null),
      suffix,
    );
    await upsertServiceRequestRows(
      db,
      requests.filter((s) => s !== null),
      suffix,
    );
  }

  /** Once the write's transaction commits: nothing waits, and documents over the limit leave memory. */
  committed(): void {
    for (const documents of [this.hazards, this.requests]) {
      documents.clean();
      documents.evict(this.cacheLimit);
    }
  }
}

class Documents<Doc, Event extends DomainEventLike> {
  private readonly cache = new Map<string, Doc>();
  private readonly dirty = new Set<string>();

  constructor(private readonly kind: Kind<Doc, Event>) {}

  async apply(store: EventStore, recorded: RecordedEvent): Promise<void> {
    const id = recorded.stream.slice(this.kind.prefix.length);
    const before = this.cache.get(id) ?? (await this.refold(store, recorded));
    const { event } = this.kind.serializer.deserialize<Event>(recorded);
    const after = this.kind.project(before, id, Number(recorded.revision), event);
    this.cache.delete(id);
    this.cache.set(id, after);
    if (after !== before) this.dirty.add(id);
  }

  changed(): Doc[] {
    return [...this.dirty].sort().map((id) => this.cache.get(id) as Doc);
  }

  clean(): void {
    this.dirty.clear();
  }

  evict(limit: number): void {
    for (const id of this.cache.keys()) {
      if (this.cache.size <= limit) break;
      if (!this.dirty.has(id)) this.cache.delete(id);
    }
  }

  /** The document as it stood just before `recorded`, folded from its stream. */
  private async refold(store: EventStore, recorded: RecordedEvent): Promise<Doc | null> {
    const id = recorded.stream.slice(this.kind.prefix.length);
    if (recorded.revision === 0n) return null;
    // At most `revision` events come before it; a truncated stream starts later, so stop by revision.
    const events = await store.readStream(recorded.stream, {
      maxCount: Number(recorded.revision),
    });
    let doc: Doc | null = null;
    for (const earlier of events) {
      if (earlier.revision >= recorded.revision) break;
      const { event } = this.kind.serializer.deserialize<Event>(earlier);
      doc = this.kind.project(doc, id, Number(earlier.revision), event);
    }
    return doc;
  }
}
