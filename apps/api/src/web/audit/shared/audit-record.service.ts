import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  hazardHistoryRow,
  historyOf,
  isBackdated,
  readComplaintEvents,
  readHazardEvents,
  type AuditedEvent,
  type HistoryRow,
} from '@redress/audit';
import { londonDateOf, type ComplaintEvent } from '@redress/complaints';
import type { EventStore, RecordedEvent } from '@redress/event-store';
import type { HazardEvent } from '@redress/hazards';
import { parseReference } from '@redress/complaint-stream';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { EVENT_STORE } from '../../../store/tokens';
import type { WebRequest } from '../../shared/web-auth';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = 86_400_000;

/** A history line with what the timeline shows of a back-dated entry: the gap in days. */
export interface TimelineRow extends HistoryRow {
  /** Calendar days between the date it takes effect and the day it was recorded in England. */
  readonly gapDays?: number;
}

interface Common {
  readonly id: string;
  /** "Complaint C-2025-000123" or "Hazard case 1f0c…". */
  readonly title: string;
  /** Where this record's audit pages live: the reference for a complaint when it has one. */
  readonly base: string;
  readonly stream: string;
  readonly recorded: readonly RecordedEvent[];
  readonly rows: readonly TimelineRow[];
}

/** A complaint or a hazard case, read for the auditors' pages. */
export type AuditRecord =
  | (Common & {
      readonly kind: 'complaint';
      readonly events: readonly AuditedEvent<ComplaintEvent>[];
    })
  | (Common & { readonly kind: 'hazard'; readonly events: readonly AuditedEvent<HazardEvent>[] });

/** Which kind of record the page's address names (`/web/audit/hazards/…` or `…/complaints/…`). */
export function kindOf(request: WebRequest): 'complaint' | 'hazard' {
  return request.url.startsWith('/web/audit/hazards/') ? 'hazard' : 'complaint';
}

/**
 * Reads the record a page asks about: a complaint by its reference (`C-2025-000123`) or id, a
 * hazard case by its id. Anything else, or a record never written, is "page not found".
 */
@Injectable()
export class AuditRecordService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly references: ReferenceIndex,
  ) {}

  async load(kind: 'complaint' | 'hazard', raw: string): Promise<AuditRecord> {
    if (kind === 'hazard') {
      const id = UUID.test(raw) ? raw.toLowerCase() : undefined;
      const found = id ? await readHazardEvents(this.store, id) : undefined;
      if (!id || !found) throw new NotFoundException(`No hazard case ${raw}`);
      return {
        kind,
        id,
        title: `Hazard case ${id}`,
        base: `/web/audit/hazards/${id}`,
        stream: found.stream,
        recorded: found.recorded,
        events: found.events,
        rows: found.events.map((e) => timelineRow(hazardHistoryRow(e), e)),
      };
    }
    const id = parseReference(raw)
      ? await this.references.complaintIdOf(raw)
      : UUID.test(raw)
        ? raw.toLowerCase()
        : undefined;
    const found = id ? await readComplaintEvents(this.store, id) : undefined;
    if (!id || !found) throw new NotFoundException(`No complaint ${raw}`);
    const reference = await this.references.referenceOf(id);
    const rows = historyOf(found.events);
    return {
      kind,
      id,
      title: `Complaint ${reference ?? id}`,
      base: `/web/audit/complaints/${reference ?? id}`,
      stream: found.stream,
      recorded: found.recorded,
      events: found.events,
      rows: rows.map((r, i) => timelineRow(r, found.events[i]!)),
    };
  }

  /** A complaint or hazard case id typed into the start page, whichever it names. */
  async kindOfId(id: string): Promise<'complaint' | 'hazard' | undefined> {
    if (!UUID.test(id)) return undefined;
    if (await readComplaintEvents(this.store, id.toLowerCase())) return 'complaint';
    if (await readHazardEvents(this.store, id.toLowerCase())) return 'hazard';
    return undefined;
  }
}

function timelineRow(row: HistoryRow, e: AuditedEvent<ComplaintEvent | HazardEvent>): TimelineRow {
  if (!isBackdated(e)) return row;
  const recordedOn = londonDateOf(e.recordedAt);
  const gapDays = Math.round((Date.parse(recordedOn) - Date.parse(e.effectiveOn)) / DAY);
  return { ...row, gapDays };
}
