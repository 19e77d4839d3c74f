import { hashOf } from '../hash-chain/hash-chain';
import type { RecordedEvent } from '../port/event-store.port';
import { comparePositions, type Position } from '../port/position';
import { SEAL_STREAM } from './seal-book';
import { headsDigest, type StreamHead, type StreamHeads } from './stream-heads';

export type SealFindingKind =
  'truncated' | 'deleted-stream' | 'rewritten' | 'inserted' | 'added-stream' | 'digest-mismatch';

/** One way the store no longer matches a seal, with the stream it concerns. */
export interface SealFinding {
  readonly stream: string;
  readonly kind: SealFindingKind;
  readonly detail: string;
}

export interface SealComparison {
  /** The store's heads at the seal's position give the sealed digest. */
  readonly matches: boolean;
  readonly findings: readonly SealFinding[];
  /** Events appended after the seal (seals aside): covered by their chains only, not by it. */
  readonly eventsAfter: number;
}

/**
 * Compares the store with a seal during one walk of the log: fed every event in log order, it
 * keeps each stream's last event at or before the seal's position (the heads as they stand now
 * for that moment), then compares them with the sealed digest and, when the sealed heads are
 * known, names each stream that differs. A stream cut back shows a lower revision, a deleted
 * one is missing, a rewrite with the chain recomputed after it shows another hash at the same
 * revision.
 */
export class SealCheck {
  private readonly atSeal = new Map<string, StreamHead>();
  private after = 0;

  constructor(
    private readonly position: Position,
    private readonly digest: string,
    /** The sealed heads, when the store's copy of the seal could be read and checked. */
    private readonly heads?: StreamHeads,
  ) {}

  next(event: RecordedEvent): void {
    if (comparePositions(event.position, this.position) > 0) {
      // The seal's own event, and later seals, are not "unsealed" records.
      if (event.stream !== SEAL_STREAM) this.after++;
      return;
    }
    this.atSeal.set(event.stream, { revision: event.revision, hash: hashOf(event) ?? '' });
  }

  finish(): SealComparison {
    const matches = headsDigest(this.atSeal) === this.digest;
    const findings: SealFinding[] = [];
    if (this.heads) {
      for (const [stream, sealed] of this.heads) {
        const now = this.atSeal.get(stream);
        const was = `at the seal it ended at revision ${sealed.revision}`;
        if (!now) {
          findings.push({ stream, kind: 'deleted-stream', detail: `${was}; the stream is gone` });
        } else if (now.revision < sealed.revision) {
          findings.push({
            stream,
            kind: 'truncated',
            detail: `${was}; it now ends at revision ${now.revision}: ${sealed.revision - now.revision} event(s) removed from its end`,
          });
        } else if (now.revision > sealed.revision) {
          findings.push({
            stream,
            kind: 'inserted',
            detail: `${was}; it now has revision ${now.revision} before the seal's position`,
          });
        } else if (now.hash !== sealed.hash) {
          findings.push({
            stream,
            kind: 'rewritten',
            detail: `${was} with hash ${sealed.hash.slice(0, 16)}…; that revision now hashes to ${now.hash.slice(0, 16)}…: an event was changed and the chain recomputed`,
          });
        }
      }
      for (const [stream, now] of this.atSeal) {
        if (!this.heads.has(stream)) {
          findings.push({
            stream,
            kind: 'added-stream',
            detail: `not in the seal, yet it has events up to revision ${now.revision} before the seal's position`,
          });
        }
      }
    }
    if (!matches && findings.length === 0) {
      findings.push({
        stream: '*',
        kind: 'digest-mismatch',
        detail: "the store's heads at the seal's position do not give the sealed digest",
      });
    }
    return { matches, findings, eventsAfter: this.after };
  }
}

/**
 * One stream against a seal's head for it (the complaint verify endpoint): the events read now,
 * in order. Undefined when they agree, or when the stream was not in the seal at all and has no
 * event at or before the seal's position.
 */
export function compareStreamWithSeal(
  stream: string,
  events: readonly RecordedEvent[],
  sealed: StreamHead | undefined,
  position: Position,
): SealFinding | undefined {
  const check = new SealCheck(position, '', sealed ? new Map([[stream, sealed]]) : new Map());
  for (const event of events) check.next(event);
  return check.finish().findings.find((f) => f.kind !== 'digest-mismatch');
}
