import { createHash } from 'node:crypto';
import type { Json, RecordedEvent } from '../port/event-store.port';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  readonly stream: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  /** The metadata without `hash` (it cannot cover itself). */
  readonly metadata: Record<string, unknown>;
}

/**
 * SHA-256 over the previous hash and the event's canonical content. The stream name and
 * revision are inside, so a deleted, moved or reordered event breaks the chain as surely as an
 * edited one. Computed above the port: the same on every store.
 */
export function chainHash(prevHash: string, content: ChainedContent): string {
  const { hash: _ignored, ...metadata } = content.metadata as { hash?: unknown };
  // Only the fields named here: store-assigned extras (position, created) stay outside.
  const body = canonicalJson({
    stream: content.stream,
    revision: content.revision.toString(),
    id: content.id,
    type: content.type,
    data: content.data,
    metadata,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export type ChainBreak = {
  readonly revision: bigint;
  readonly eventId: string;
  readonly reason: 'revision-gap' | 'prev-hash-mismatch' | 'hash-mismatch' | 'missing-hash';
  readonly detail: string;
};

export type ChainVerdict =
  | { readonly ok: true; readonly events: number; readonly headHash: string }
  | { readonly ok: false; readonly events: number; readonly firstBreak: ChainBreak };

/** Walks a stream in order and reports the first broken link. */
export function verifyStream(events: readonly RecordedEvent[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const meta = (event.metadata ?? {}) as { prevHash?: unknown; hash?: unknown };
    const broken = (reason: ChainBreak['reason'], detail: string): ChainVerdict => ({
      ok: false,
      events: events.length,
      firstBreak: { revision: event.revision, eventId: event.id, reason, detail },
    });
    if (event.revision !== BigInt(i)) {
      return broken(
        'revision-gap',
        `expected revision ${i}, found ${event.revision}: an event is missing`,
      );
    }
    if (typeof meta.hash !== 'string' || typeof meta.prevHash !== 'string') {
      return broken('missing-hash', 'the event carries no hash chain');
    }
    if (meta.prevHash !== prevHash) {
      return broken('prev-hash-mismatch', 'prevHash does not match the previous event');
    }
    const expected = chainHash(prevHash, { ...event, metadata: meta as Record<string, unknown> });
    if (expected !== meta.hash)
      return broken('hash-mismatch', 'the content does not match its hash');
    prevHash = meta.hash;
  }
  return { ok: true, events: events.length, headHash: prevHash };
}
