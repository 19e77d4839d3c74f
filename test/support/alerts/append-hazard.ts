import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, type EventStore } from '@redress/event-store';
import { hazardSerializer, hazardStream } from '@redress/hazard-stream';
import type { HazardEvent } from '@redress/hazards';

/** A hazard case's events in its new stream, recorded by `officer`, as the command handler would. */
export async function appendHazard(
  store: EventStore,
  id: string,
  events: readonly HazardEvent[],
  officer: string,
): Promise<void> {
  const stream = hazardStream(id);
  const serialized = hazardSerializer.serialize(
    stream,
    events,
    (event) => {
      const at = (event.data as { at?: string }).at ?? new Date().toISOString();
      return {
        commandId: randomUUID(),
        correlationId: 'test',
        causationId: 'test',
        actor: { id: officer, role: 'officer' },
        recordedAt: at,
        effectiveOn: at.slice(0, 10),
      };
    },
    0n,
    GENESIS_HASH,
  );
  await store.appendToStream(stream, serialized, { expectedRevision: 'no_stream' });
}
