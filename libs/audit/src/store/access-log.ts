import { randomUUID } from 'node:crypto';
import { londonDateOf } from '@redress/complaints';
import { serializer as oneSerializer } from '@redress/complaint-stream';
import { type EventSerializer, type EventStore } from '@redress/event-store';

/**
 * Who looked at or took away which complaint record, and when. The streams are named
 * `audit-access-<yyyy-mm>` (London month), deliberately outside `complaint-`: projections
 * subscribe to complaint streams, and an auditor's reading must not change a report.
 */
export const ACCESS_LOG_PREFIX = 'audit-access-';

export type AccessKind =
  'ComplaintRecordExported' | 'ComplaintHistoryViewed' | 'ChainVerified' | 'HazardRecordExported';

export interface AccessEntry {
  readonly type: AccessKind;
  /** The complaint, or for a hazard case's record the case (`hazardId`). */
  readonly complaintId?: string;
  readonly hazardId?: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly at: Date;
  /** e.g. the export format, the chain's head hash and whether it verified. */
  readonly details?: Record<string, string | number | boolean>;
}

export function accessLogStream(at: Date): string {
  return `${ACCESS_LOG_PREFIX}${londonDateOf(at).slice(0, 7)}`;
}

/**
 * Appends one entry, hash-chained like every other event. The log is append-only, so it needs
 * no expected revision: the store links the entry after whatever the stream's head is when it
 * writes (`linkChain`), and fifty auditors exporting at once all land, in one unbroken chain,
 * without a conflict or a retry. The promise settles once the entry is durable.
 */
export async function recordAccess(
  store: EventStore,
  entry: AccessEntry,
  serializer: EventSerializer = oneSerializer,
): Promise<void> {
  const stream = accessLogStream(entry.at);
  const commandId = randomUUID();
  const data = {
    complaintId: entry.complaintId,
    hazardId: entry.hazardId,
    at: entry.at.toISOString(),
    ...entry.details,
  };
  const events = serializer.unlinked([{ type: entry.type, data }], () => ({
    commandId,
    correlationId: entry.correlationId,
    causationId: entry.correlationId,
    actor: entry.actor,
    recordedAt: entry.at.toISOString(),
    effectiveOn: londonDateOf(entry.at),
  }));
  await store.appendToStream(stream, events, { expectedRevision: 'any', linkChain: true });
}
