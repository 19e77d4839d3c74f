import type { EventStore } from '@redress/event-store';
import { parseReference, referenceStream, type ReferenceAllocated } from './complaint-reference';

/**
 * Complaint references looked up both ways, from the per-year `reference-<year>` streams. Known
 * allocations are kept in memory; a year's stream is read from where it was left off only when
 * asked about a complaint or reference not known yet. The api's allocator builds on it, and the
 * notifier uses it to name complaints the way the resident and the officer know them.
 */
export class ReferenceBook {
  private readonly byId = new Map<string, string>();
  private readonly byReference = new Map<string, string>();
  /** The last revision read of each year's stream. */
  protected readonly read = new Map<string, bigint>();

  constructor(protected readonly store: EventStore) {}

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

  /** Whether the complaint's reference is already known, without reading anything. */
  protected knows(complaintId: string): string | undefined {
    return this.byId.get(complaintId);
  }

  protected async readYears(years: readonly string[]): Promise<void> {
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
  protected remember(reference: string, complaintId: string): void {
    if (!this.byId.has(complaintId)) this.byId.set(complaintId, reference);
    if (!this.byReference.has(reference)) this.byReference.set(reference, complaintId);
  }
}

/** Years a complaint without a known date of receipt is looked for in: the last ten and next. */
function recentYears(): string[] {
  const now = new Date().getUTCFullYear();
  return Array.from({ length: 12 }, (_, i) => String(now + 1 - i));
}
