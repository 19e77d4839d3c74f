import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';
import { appendChainedBatch, type ChainedBatchEvent } from '@redress/event-store';
import {
  formatReference,
  ReferenceBook,
  referenceStream,
  type ReferenceAllocated,
} from '@redress/complaint-stream';

/**
 * Allocates complaint references; looking them up both ways is the ReferenceBook's. The
 * allocations are events in per-year `reference-<year>` streams (outside `complaint-`, so
 * projections never see them).
 */
@Injectable()
export class ReferenceIndex extends ReferenceBook {
  /** Allocations waiting for the year's append in progress, and the years being written. */
  private readonly waiting = new Map<string, WaitingAllocation[]>();
  private readonly writing = new Set<string>();

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store);
  }

  /**
   * The complaint's reference, allocating the next one of `year` if it has none yet. Requests
   * arriving while an allocation of that year is being written wait for it and are then
   * written together, one append for the lot: many officers logging at once would otherwise all
   * race for the same next revision, and all but one retry.
   */
  async allocate(
    complaintId: string,
    year: string,
    actor: { id: string; role: string },
  ): Promise<string> {
    const known = await this.referenceOf(complaintId, year);
    if (known) return known;
    return new Promise<string>((resolve, reject) => {
      const queue = this.waiting.get(year) ?? [];
      queue.push({ complaintId, actor, resolve, reject });
      this.waiting.set(year, queue);
      if (!this.writing.has(year)) void this.writeQueued(year);
    });
  }

  /** Writes the year's queued allocations, a batch at a time, until none are left. */
  private async writeQueued(year: string): Promise<void> {
    this.writing.add(year);
    try {
      for (;;) {
        const batch = this.waiting.get(year) ?? [];
        this.waiting.delete(year);
        if (batch.length === 0) return;
        // A complaint queued twice (a retried request) keeps one reference.
        const fresh = [...new Map(batch.map((w) => [w.complaintId, w])).values()].filter(
          (w) => !this.knows(w.complaintId),
        );
        try {
          let references: string[] = [];
          if (fresh.length > 0)
            await appendChainedBatch(
              this.store,
              referenceStream(year),
              (first) => {
                references = fresh.map((_, i) => formatReference(year, first + BigInt(i)));
                return fresh.map((w, i): ChainedBatchEvent & ReferenceAllocated => ({
                  type: 'ReferenceAllocated',
                  data: { reference: references[i]!, complaintId: w.complaintId },
                  actor: w.actor,
                }));
              },
              { maxAttempts: 200 },
            );
          fresh.forEach((w, i) => this.remember(references[i]!, w.complaintId));
          for (const w of batch) w.resolve(this.knows(w.complaintId)!);
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.writing.delete(year);
    }
  }
}

interface WaitingAllocation {
  readonly complaintId: string;
  readonly actor: { id: string; role: string };
  readonly resolve: (reference: string) => void;
  readonly reject: (error: unknown) => void;
}
