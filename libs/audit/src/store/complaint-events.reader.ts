import type { ComplaintEvent } from '@redress/complaints';
import {
  EventSerializer,
  UpcasterRegistry,
  type EventStore,
  type RecordedEvent,
} from '@redress/event-store';
import { auditedEvents, type AuditedEvent } from '../audited-event';

/** Stream names follow the architecture: `complaint-<uuid>`. */
export const complaintStreamOf = (id: string) => `complaint-${id}`;

/** Complaint events are all at schema version 1; the api registers the same (empty) upcasters. */
export const auditSerializer = new EventSerializer(new UpcasterRegistry());

export interface ComplaintEvents {
  readonly stream: string;
  /** As stored, for the hash chain. */
  readonly recorded: readonly RecordedEvent[];
  /** Upcast and paired with their metadata, for replay. */
  readonly events: readonly AuditedEvent[];
}

/** Reads a complaint's stream; undefined when no such complaint was ever recorded. */
export async function readComplaintEvents(
  store: EventStore,
  id: string,
  serializer: EventSerializer = auditSerializer,
): Promise<ComplaintEvents | undefined> {
  const stream = complaintStreamOf(id);
  const recorded = await store.readStream(stream);
  if (recorded.length === 0) return undefined;
  const events = auditedEvents(recorded.map((r) => serializer.deserialize<ComplaintEvent>(r)));
  return { stream, recorded, events };
}
