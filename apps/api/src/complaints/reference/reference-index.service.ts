import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';
import { appendChainedBatch, type ChainedBatchEvent } from '@redress/event-store';
import {
  formatReference,
  parseReference,
  referenceStream,
  type ReferenceAllocated,
} from './complaint-reference';

/**
 * Allocates complaint references and looks them up both ways. The allocations are events in
 * per-year `reference-<year>` streams (outside `complaint-`, so projections never see them);
 * this index keeps them in memory and reads a year's stream from where it left off only when
 * asked about a complaint or reference it does not know yet.
 */
@Injectable()
export class ReferenceIndex {
  private readonly byId = new Map<string, string>();
  private readonly byReference = new Map<string, string>();
  /** The last revision read of each year's stream. */
  private readonly read = new Map<string, bigint>();
  /** Allocations waiting for the year's append in progress, and the years being written. */
  private readonly waiting = new Map<string, WaitingAllocation[]>();
  private readonly writing = new Set<string>();
  /** The revision the next allocation written with its complaint takes, per year. */
  private readonly next = new Map<string, bigint>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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
          (w) => !this.byId.has(w.complaintId),
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
          for (const w of batch) w.resolve(this.byId.get(w.complaintId)!);
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

  /**
   * The complaint's reference. Known ones are answered from memory; otherwise the year's
   * stream (from the date of receipt, when given) or the recent years' are read for news.
   */
  async referenceOf(complaintId: string, receivedOn?: string): Promise<string | undefined> {
    const known = this.byId.get(complaintId);
    if (known) return known;
    await this.readYears(receivedOn ? [receivedOn.slice(0, 4)] : recentYears());
    return this.byId.get(complaintId);
  }

  /** The complaint id a reference names; undefined when the text is no known reference. */
  async complaintIdOf(text: string): Promise<string | undefined> {
    const reference = parseReference(text);
    if (!reference) return undefined;
    if (!this.byReference.has(reference)) await this.readYears([reference.slice(2, 6)]);
    return this.byReference.get(reference);
  }

  /** References of many complaints at once, for lists; one read per year with news at most. */
  async referencesOf(
    items: readonly { complaintId: string; receivedOn?: string }[],
  ): Promise<Record<string, string>> {
    const missing = items.filter((i) => !this.byId.has(i.complaintId));
    if (missing.length > 0)
      await this.readYears([
        ...new Set(missing.map((i) => i.receivedOn?.slice(0, 4)).filter((y): y is string => !!y)),
        ...(missing.some((i) => !i.receivedOn) ? recentYears() : []),
      ]);
    const out: Record<string, string> = {};
    for (const { complaintId } of items) {
      const reference = this.byId.get(complaintId);
      if (reference) out[complaintId] = reference;
    }
    return out;
  }

  private async readYears(years: readonly string[]): Promise<void> {
    for (const year of new Set(years)) {
      if (!/^\d{4}$/.test(year)) continue;
      const from = (this.read.get(year) ?? -1n) + 1n;
      const recorded = await this.store.readStream(referenceStream(year), { fromRevision: from });
      for (const event of recorded) {
        const data = event.data as ReferenceAllocated['data'];
        if (event.type === 'ReferenceAllocated') this.remember(data.reference, data.complaintId);
        this.read.set(year, event.revision);
      }
    }
  }

  /** The first allocation for a complaint stands; a later one (a lost race) still resolves. */
  private remember(reference: string, complaintId: string): void {
    if (!this.byId.has(complaintId)) this.byId.set(complaintId, reference);
    if (!this.byReference.has(reference)) this.byReference.set(reference, complaintId);
  }
}

interface WaitingAllocation {
  readonly complaintId: string;
  readonly actor: { id: string; role: string };
  readonly resolve: (reference: string) => void;
  readonly reject: (error: unknown) => void;
}

/** Years a complaint without a known date of receipt is looked for in: the last ten and next. */
function recentYears(): string[] {
  const now = new Date().getUTCFullYear();
  return Array.from({ length: 12 }, (_, i) => String(now + 1 - i));
}
