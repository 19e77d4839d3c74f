import { randomUUID } from 'node:crypto';
import { defaultCalendar, PolicyRegistry, type ComplaintEvent } from '@redress/complaints';
import {
  EventSerializer,
  GENESIS_HASH,
  UpcasterRegistry,
  type EventStore,
} from '@redress/event-store';
import { COMPLAINT_STREAM_PREFIX } from '../projector/complaint-projector';
import type { RowContext } from '../projection/complaint-rows';

export const testSerializer = new EventSerializer(new UpcasterRegistry());
export const testRowContext: RowContext = {
  calendar: defaultCalendar(),
  policies: PolicyRegistry.default(),
};

/**
 * Appends a history made by the real decider (a `Scenario`) to a complaint stream, as the
 * command handler would: serialized, hash-chained, with metadata.
 */
export async function appendHistory(
  store: EventStore,
  complaintId: string,
  events: readonly ComplaintEvent[],
): Promise<void> {
  const stream = `${COMPLAINT_STREAM_PREFIX}${complaintId}`;
  const existing = await store.readStream(stream);
  const last = existing[existing.length - 1];
  const prevHash = last ? (last.metadata as { hash: string }).hash : GENESIS_HASH;
  const toAppend = testSerializer.serialize(
    stream,
    events,
    (event) => ({
      commandId: randomUUID(),
      correlationId: 'test',
      causationId: 'test',
      actor: { id: 'officer-1', role: 'officer' },
      recordedAt: `${(event.data as { effectiveOn: string }).effectiveOn}T12:00:00.000Z`,
      effectiveOn: (event.data as { effectiveOn: string }).effectiveOn,
    }),
    BigInt(existing.length),
    prevHash,
  );
  await store.appendToStream(stream, toAppend, {
    expectedRevision: last ? last.revision : 'no_stream',
  });
}
