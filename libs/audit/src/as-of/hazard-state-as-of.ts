import {
  foldHazard,
  type HazardClock,
  type HazardEvent,
  type HazardRecord,
} from '@redress/hazards';
import { hazardClocksOf, hazardStatus } from '@redress/hazard-stream';
import type { AuditedEvent } from '../audited-event';
import { narrateHazard } from '../history/narrate-hazard-event';
import type { Moment } from '../moment';
import type { AsOfViewKind } from './select-events';
import type { BackdateFinding } from './state-as-of';

/** A hazard case as one view knew it at one moment: the evidence pack's "as of". */
export interface HazardAsOfState {
  readonly view: AsOfViewKind;
  readonly asOf: { readonly text: string; readonly instant: string; readonly date: string };
  /** False when the case was not yet known at that moment in this view. */
  readonly known: boolean;
  /** The last event included (-1 when none). */
  readonly revision: number;
  readonly events: number;
  readonly status: string;
  readonly record: HazardRecord | null;
  /** Judged at the moment's instant, from the facts this view holds. */
  readonly clocks: readonly HazardClock[];
  readonly findings: readonly BackdateFinding[];
}

/**
 * Awaab's Law clocks run in hours (SI 2025/1042, reg. 6 for emergencies: 24 hours), so a
 * hazard fact counts in business time from the instant it happened (`at`), not only its day:
 * "made safe at 09:00, entered at 17:00" differs at 12:00 even on one day. A date-only moment
 * is the end of that day in England, so by date the two readings agree.
 */
export function inHazardView(
  e: AuditedEvent<HazardEvent>,
  instant: Date,
  view: AsOfViewKind,
): boolean {
  const at = view === 'recorded' ? e.recordedAt : e.event.data.at;
  return Date.parse(at) <= instant.getTime();
}

/** Replays only the events the view held at the moment, then judges the clocks at its instant. */
export function hazardStateAsOf(
  events: readonly AuditedEvent<HazardEvent>[],
  moment: Moment,
  view: AsOfViewKind,
): HazardAsOfState {
  const selected = events.filter((e) => inHazardView(e, moment.instant, view));
  const state = foldHazard(selected.map((e) => e.event));
  const disagree = events.filter(
    (e) =>
      inHazardView(e, moment.instant, 'recorded') !== inHazardView(e, moment.instant, 'effective'),
  );
  return {
    view,
    asOf: { text: moment.text, instant: moment.instant.toISOString(), date: moment.date },
    known: state.hazard !== null,
    revision: selected.at(-1)?.revision ?? -1,
    events: selected.length,
    status: hazardStatus(state),
    record: state.hazard,
    clocks: hazardClocksOf(state, moment.instant),
    findings: disagree.map((e) => ({
      revision: e.revision,
      type: e.event.type,
      effectiveOn: e.event.data.at,
      recordedAt: e.recordedAt,
      backdateReason: e.backdateReason,
      actor: `${e.actor.id} (${e.actor.role})`,
      inThisView: inHazardView(e, moment.instant, view),
      summary: narrateHazard(e.event),
    })),
  };
}
