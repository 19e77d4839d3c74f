import { readComplaintStream, serializer as complaintSerializer } from '@redress/complaint-stream';
import type { EventSerializer, EventStore, RecordedEvent } from '@redress/event-store';
import { auditedEvents, type AuditedEvent } from '../audited-event';

export interface ComplaintEvents {
  readonly stream: string;
  /** As stored, for the hash chain. */
  readonly recorded: readonly RecordedEvent[];
  /** Upcast and paired with their metadata, for replay. */
  readonly events: readonly AuditedEvent[];
}

/**
 * Reads a complaint's stream; undefined when no such complaint was ever recorded. By default
 * through the complaint stream's one serializer, so auditors see the events officers see.
 */
export async function readComplaintEvents(
  store: EventStore,
  id: string,
  serializer: EventSerializer = complaintSerializer,
): Promise<ComplaintEvents | undefined> {
  const found = await readComplaintStream(store, id, serializer);
  if (!found) return undefined;
  return { stream: found.stream, recorded: found.recorded, events: auditedEvents(found.stored) };
}
