import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, type EventStore, type Position } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';
import { appendChained } from '../../web/shared/chained-append';
import {
  formatReference,
  parseReference,
  REFERENCE_STREAM_PREFIX,
  referenceStream,
  type ReferenceAllocated,
} from './complaint-reference';

/**
 * Allocates complaint references and looks them up both ways. The allocations are events in
 * per-year `reference-<year>` streams (outside `complaint-`, so projections never see them);
 * this index folds them, reading only what was appended since it last looked.
 */
@Injectable()
export class ReferenceIndex {
  private readonly byId = new Map<string, string>();
  private readonly byReference = new Map<string, string>();
  private position?: Position;
  private refreshing?: Promise<void>;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The complaint's reference, allocating the next one of `year` if it has none yet. */
  async allocate(
    complaintId: string,
    year: string,
    actor: { id: string; role: string },
  ): Promise<string> {
    const known = await this.referenceOf(complaintId);
    if (known) return known;
    let reference = '';
    await appendChained(
      this.store,
      referenceStream(year),
      (revision): ReferenceAllocated => {
        reference = formatReference(year, revision);
        return { type: 'ReferenceAllocated', data: { reference, complaintId } };
      },
      actor,
      { maxAttempts: 200 },
    );
    this.remember(reference, complaintId);
    return reference;
  }

  async referenceOf(complaintId: string): Promise<string | undefined> {
    await this.refresh();
    return this.byId.get(complaintId);
  }

  /** The complaint id a reference names; undefined when the text is no known reference. */
  async complaintIdOf(text: string): Promise<string | undefined> {
    const reference = parseReference(text);
    if (!reference) return undefined;
    await this.refresh();
    return this.byReference.get(reference);
  }

  /** References of many complaints at once, for lists. */
  async referencesOf(ids: readonly string[]): Promise<Record<string, string>> {
    await this.refresh();
    const out: Record<string, string> = {};
    for (const id of ids) {
      const reference = this.byId.get(id);
      if (reference) out[id] = reference;
    }
    return out;
  }

  private refresh(): Promise<void> {
    // One read at a time; callers arriving meanwhile share it.
    this.refreshing ??= this.readNew().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({
        fromPosition: this.position ?? 'start',
        maxCount: 1000,
        filter: { streamNamePrefixes: [REFERENCE_STREAM_PREFIX] },
      });
      const fresh = this.position
        ? page.filter((e) => comparePositions(e.position, this.position!) > 0)
        : page;
      for (const event of fresh) {
        const data = event.data as ReferenceAllocated['data'];
        // The first allocation for a complaint stands; a later one (a lost race) is ignored.
        if (event.type === 'ReferenceAllocated' && !this.byId.has(data.complaintId))
          this.remember(data.reference, data.complaintId);
        this.position = event.position;
      }
      if (page.length < 1000 || fresh.length === 0) return;
    }
  }

  private remember(reference: string, complaintId: string): void {
    if (!this.byId.has(complaintId)) this.byId.set(complaintId, reference);
    if (!this.byReference.has(reference)) this.byReference.set(reference, complaintId);
  }
}
