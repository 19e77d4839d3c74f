import { readHazardCase } from '@redress/hazard-stream';
import type { HazardEvent } from '@redress/hazards';
import type { EventStore, RecordedEvent } from '@redress/event-store';
import { auditedEvent, type AuditedEvent } from '../audited-event';

export interface HazardEvents {
  readonly stream: string;
  /** As stored, for the hash chain. */
  readonly recorded: readonly RecordedEvent[];
  /** Upcast and paired with their metadata, for replay. */
  readonly events: readonly AuditedEvent<HazardEvent>[];
}

/**
 * Reads a hazard case's stream through the hazard stream's one serializer (the one officers'
 * reads use); undefined when no such case was ever recorded.
 */
export async function readHazardEvents(
  store: EventStore,
  id: string,
): Promise<HazardEvents | undefined> {
  const found = await readHazardCase(store, id);
  if (!found) return undefined;
  return {
    stream: found.stream,
    recorded: found.recorded,
    events: found.stored.map((s) => auditedEvent(s)),
  };
}
