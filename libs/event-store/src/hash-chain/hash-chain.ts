import { createHash } from 'node:crypto';
import type { EventToAppend, Json, RecordedEvent } from '../port/event-store.port';
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

/**
 * Links events into a stream's chain: the first after `prevHash` at `firstRevision`, each next
 * one after the last. Sets `prevHash` and `hash` in each event's metadata (an object); the
 * serializer does this above the port, and a store does it inside its append when asked to
 * link (`linkChain`), where the stream's head cannot move under it.
 */
export function linkEvents(
  stream: string,
  events: readonly EventToAppend[],
  firstRevision: bigint,
  prevHash: string,
): EventToAppend[] {
  let previous = prevHash;
  return events.map((event, i) => {
    const { hash: _old, ...rest } = (event.metadata ?? {}) as Record<string, unknown>;
    const unhashed = { ...rest, prevHash: previous };
    const hash = chainHash(previous, {
      stream,
      revision: firstRevision + BigInt(i),
      id: event.id,
      type: event.type,
      data: event.data,
      metadata: unhashed,
    });
    previous = hash;
    return { ...event, metadata: { ...unhashed, hash } as unknown as Json };
  });
}

/** The hash an event's metadata carries, if any. */
export function hashOf(event: { readonly metadata: Json } | undefined): string | undefined {
  const hash = (event?.metadata as { hash?: unknown } | null | undefined)?.hash;
  return typeof hash === 'string' ? hash : undefined;
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

/**
 * Checks one stream's links one event at a time, so a walk over the whole log (verify --all)
 * can keep one of these per stream instead of holding every stream in memory.
 */
export class StreamChainCheck {
  private expectedRevision: bigint;
  private prevHash: string;
  private count = 0;

  /** From the genesis, or from a head already checked (a seal's): its revision and hash. */
  constructor(from?: { readonly revision: bigint; readonly hash: string }) {
    this.expectedRevision = from ? from.revision + 1n : 0n;
    this.prevHash = from ? from.hash : GENESIS_HASH;
  }

  /** The hash of the last event that checked out: the chain's head so far. */
  get headHash(): string {
    return this.prevHash;
  }

  get events(): number {
    return this.count;
  }

  /** Checks the next event of the stream; returns the break, or undefined when it links. */
  next(event: RecordedEvent): ChainBreak | undefined {
    this.count++;
    const meta = (event.metadata ?? {}) as { prevHash?: unknown; hash?: unknown };
    const broken = (reason: ChainBreak['reason'], detail: string): ChainBreak => ({
      revision: event.revision,
      eventId: event.id,
      reason,
      detail,
    });
    if (event.revision !== this.expectedRevision) {
      return broken(
        'revision-gap',
        `expected revision ${this.expectedRevision}, found ${event.revision}: an event is missing`,
      );
    }
    if (typeof meta.hash !== 'string' || typeof meta.prevHash !== 'string') {
      return broken('missing-hash', 'the event carries no hash chain');
    }
    if (meta.prevHash !== this.prevHash) {
      return broken('prev-hash-mismatch', 'prevHash does not match the previous event');
    }
    const expected = chainHash(this.prevHash, {
      ...event,
      metadata: meta as Record<string, unknown>,
    });
    if (expected !== meta.hash)
      return broken('hash-mismatch', 'the content does not match its hash');
    this.prevHash = meta.hash;
    this.expectedRevision++;
    return undefined;
  }
}

/** Walks a stream in order and reports the first broken link. */
export function verifyStream(events: readonly RecordedEvent[]): ChainVerdict {
  const check = new StreamChainCheck();
  for (const event of events) {
    const firstBreak = check.next(event);
    if (firstBreak) return { ok: false, events: events.length, firstBreak };
  }
  return { ok: true, events: events.length, headHash: check.headHash };
}
