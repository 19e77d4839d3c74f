import type { HazardClock, HazardEvent } from '@redress/hazards';
import { inHazardView, type HazardAsOfState } from '../as-of/hazard-state-as-of';
import type { AuditedEvent } from '../audited-event';
import { hazardHistoryRow, type HistoryRow } from '../history/history-rows';
import { diffValues, type DeadlineChange, type FieldChange } from './diff-states';

/** What changed in a hazard case between two moments of one view. */
export interface HazardStateDiff {
  readonly from: HazardAsOfState;
  readonly to: HazardAsOfState;
  readonly status?: { readonly from: string; readonly to: string };
  readonly events: readonly (HistoryRow & { readonly side: 'added' | 'removed' })[];
  readonly fields: readonly FieldChange[];
  /** Each Awaab's Law clock whose status or due date changed, named by its step. */
  readonly clocks: readonly DeadlineChange[];
}

/** Compares two as-of states of the same hazard case, as `diffStates` does a complaint's. */
export function diffHazardStates(
  from: HazardAsOfState,
  to: HazardAsOfState,
  events: readonly AuditedEvent<HazardEvent>[],
): HazardStateDiff {
  // The effective view orders facts by their instants, so membership is decided by the
  // events each side held, not by the last revision folded.
  const fromHeld = heldBy(from, events);
  const toHeld = heldBy(to, events);
  const changed = events.filter((e) => fromHeld.has(e.revision) !== toHeld.has(e.revision));
  return {
    from,
    to,
    status: from.status === to.status ? undefined : { from: from.status, to: to.status },
    events: changed.map((e) => ({
      ...hazardHistoryRow(e),
      side: toHeld.has(e.revision) ? 'added' : 'removed',
    })),
    fields: diffValues(from.record ?? {}, to.record ?? {}),
    clocks: diffClocks(from.clocks, to.clocks),
  };
}

function heldBy(state: HazardAsOfState, events: readonly AuditedEvent<HazardEvent>[]) {
  const instant = new Date(state.asOf.instant);
  return new Set(events.filter((e) => inHazardView(e, instant, state.view)).map((e) => e.revision));
}

function diffClocks(from: readonly HazardClock[], to: readonly HazardClock[]): DeadlineChange[] {
  const before = new Map(from.map((c) => [c.step, c]));
  const after = new Map(to.map((c) => [c.step, c]));
  const names = [...new Set([...before.keys(), ...after.keys()])];
  const brief = (c: HazardClock | undefined) =>
    c && { status: c.status, dueOn: c.dueAt ?? c.dueOn };
  return names
    .filter((n) => JSON.stringify(brief(before.get(n))) !== JSON.stringify(brief(after.get(n))))
    .map((n) => ({ deadline: n, from: brief(before.get(n)), to: brief(after.get(n)) }));
}
