import { randomUUID } from 'node:crypto';
import type { HazardEvent } from '@redress/hazards';
import type { ServiceRequestEvent } from '@redress/service-requests';
import { hazardSerializer, hazardStream } from '@redress/hazard-stream';
import { serviceRequestSerializer, serviceRequestStream } from '@redress/service-request-stream';
import { GENESIS_HASH, type EventSerializer, type EventStore } from '@redress/event-store';

/** Appends a hazard history made by the real decider to `hazard-<id>`, as the api would. */
export function appendHazardHistory(
  store: EventStore,
  hazardId: string,
  events: readonly HazardEvent[],
): Promise<void> {
  return appendTo(store, hazardStream(hazardId), hazardSerializer, events);
}

/** Appends a service request history made by the real decider to `service-request-<id>`. */
export function appendServiceRequestHistory(
  store: EventStore,
  serviceRequestId: string,
  events: readonly ServiceRequestEvent[],
): Promise<void> {
  return appendTo(store, serviceRequestStream(serviceRequestId), serviceRequestSerializer, events);
}

async function appendTo(
  store: EventStore,
  stream: string,
  serializer: EventSerializer,
  events: readonly (HazardEvent | ServiceRequestEvent)[],
): Promise<void> {
  const existing = await store.readStream(stream);
  const last = existing[existing.length - 1];
  const prevHash = last ? (last.metadata as { hash: string }).hash : GENESIS_HASH;
  const toAppend = serializer.serialize(
    stream,
    events,
    (event) => {
      const data = event.data as { at?: string; effectiveOn: string };
      return {
        commandId: randomUUID(),
        correlationId: 'test',
        causationId: 'test',
        actor: { id: 'officer-1', role: 'officer' as const },
        recordedAt: data.at ?? `${data.effectiveOn}T12:00:00.000Z`,
        effectiveOn: data.effectiveOn,
      };
    },
    last ? last.revision + 1n : 0n,
    prevHash,
  );
  await store.appendToStream(stream, toAppend, {
    expectedRevision: last ? last.revision : 'no_stream',
  });
}
