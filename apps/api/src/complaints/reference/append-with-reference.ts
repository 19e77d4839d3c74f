import type { ComplaintEvent } from '@redress/complaints';
import {
  unlinkedChained,
  type AppendResult,
  type EventStore,
  type StreamAppend,
} from '@redress/event-store';
import type { Actor } from '@redress/users';
import {
  formatReference,
  referenceStream,
  type ReferenceAllocated,
} from '@redress/complaint-stream';
import type { ReferenceIndex } from './reference-index.service';

/**
 * How a new complaint's events are written on a store that can append to several streams at
 * once (memory, SQLite): with its reference allocation, in one commit. One durable write per
 * logged complaint instead of two in a row, and no complaint is ever stored without its
 * reference. Returns undefined on other stores (EventStoreDB), which allocate afterwards.
 */
export function appendWithReference(
  store: EventStore,
  references: ReferenceIndex,
  actor: Actor,
):
  ((append: StreamAppend, events: readonly ComplaintEvent[]) => Promise<AppendResult>) | undefined {
  if (!store.appendToStreams) return undefined;
  const appendToStreams = store.appendToStreams.bind(store);
  return async (append, events) => {
    const received = events.find((e) => e.type === 'ComplaintReceived');
    if (!received) return store.appendToStream(append.stream, append.events, append.options);
    const year = received.data.effectiveOn.slice(0, 4);
    const complaintId = received.data.complaintId;
    await references.countFrom(year);
    // From the claim to the append nothing awaits, so claims reach the group commit in order.
    const revision = references.take(year);
    const reference = formatReference(year, revision);
    // The complaint's own command and server time: the allocation is part of the same write.
    const metadata = append.events[0]!.metadata as {
      commandId: string;
      correlationId: string;
      recordedAt: string;
    };
    const allocation: ReferenceAllocated = {
      type: 'ReferenceAllocated',
      data: { reference, complaintId },
    };
    const stream = referenceStream(year);
    try {
      const [written] = await appendToStreams([
        append,
        {
          stream,
          events: unlinkedChained(
            [{ ...allocation, actor }],
            metadata,
            new Date(metadata.recordedAt),
          ),
          // Linked by the store, after whatever allocation is its head when this is written.
          options: {
            expectedRevision: revision === 0n ? 'no_stream' : revision - 1n,
            linkChain: true,
          },
        },
      ]);
      references.allocated(year, revision, reference, complaintId);
      return written!;
    } catch (error) {
      // The claim was not written, whichever part failed: the count is ahead of the stream.
      references.recount(year);
      throw error;
    }
  };
}
