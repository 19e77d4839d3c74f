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
  /** The revision the next allocation written with its complaint takes, per year. */
  private readonly next = new Map<string, bigint>();

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

  /**
   * Makes sure the year's next revision is known (read from the store the first time), so
   * `take` can answer at once, right before the append that claims it.
   */
  async countFrom(year: string): Promise<void> {
    if (this.next.has(year)) return;
    await this.readYears([year]);
    if (!this.next.has(year)) this.next.set(year, (this.read.get(year) ?? -1n) + 1n);
  }

  /**
   * Claims the year's next revision for an allocation written with its complaint. Claims made
   * one after another in this process take consecutive revisions, so the allocations of one
   * group commit all succeed instead of racing for the same one. Only a guess: the store's
   * expected revision decides, and a claim that was not written calls `recount`.
   */
  take(year: string): bigint {
    const revision = this.next.get(year) ?? 0n;
    this.next.set(year, revision + 1n);
    return revision;
  }

  /** The year's count was wrong (another writer, or a claim before it failed): read it again. */
  recount(year: string): void {
    this.next.delete(year);
  }

  /** An allocation written with its complaint: known at once, without reading it back. */
  allocated(year: string, revision: bigint, reference: string, complaintId: string): void {
    this.remember(reference, complaintId);
    if ((this.read.get(year) ?? -1n) === revision - 1n) this.read.set(year, revision);
  }
}

interface WaitingAllocation {
  readonly complaintId: string;
  readonly actor: { id: string; role: string };
  readonly resolve: (reference: string) => void;
  readonly reject: (error: unknown) => void;
}
