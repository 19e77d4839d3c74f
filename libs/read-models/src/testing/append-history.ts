import { randomUUID } from 'node:crypto';
import type { ComplaintEvent } from '@redress/complaints';
import { calendar, complaintStream, policies, serializer } from '@redress/complaint-stream';
import { GENESIS_HASH, type EventStore } from '@redress/event-store';
import type { RowContext } from '../projection/complaint-rows';

/** The complaint stream's one serializer and domain pieces, as the apps use them. */
export const testSerializer = serializer;
export const testRowContext: RowContext = { calendar, policies };

/**
 * Appends a history made by the real decider (a `Scenario`) to a complaint stream, as the
 * command handler would: serialized, hash-chained, with metadata.
 */
export async function appendHistory(
  store: EventStore,
  complaintId: string,
  events: readonly ComplaintEvent[],
): Promise<void> {
  const stream = complaintStream(complaintId);
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
    last ? last.revision + 1n : 0n,
    prevHash,
  );
  await store.appendToStream(stream, toAppend, {
    expectedRevision: last ? last.revision : 'no_stream',
  });
}
