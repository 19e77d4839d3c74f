import type { HazardEvent } from '../events/hazard-event';
import type { HazardReported } from '../events/hazard-events';
import { advanceHazardLifecycle, initialHazardLifecycle } from '../lifecycle/lifecycle';
import type { HazardRecord, HazardState, StepDone } from './hazard-state';

export function initialHazardState(): HazardState {
  return { lifecycle: initialHazardLifecycle(), hazard: null };
}

/**
 * The decider's evolve: the lifecycle moves through the machine, the record through the
 * reducer. Never throws on stored history (architecture decision 2).
 */
export function evolveHazard(state: HazardState, event: HazardEvent): HazardState {
  const lifecycle = advanceHazardLifecycle(state.lifecycle, event);
  if (state.hazard === null) {
    return event.type === 'HazardReported' && hasData(event)
      ? { lifecycle, hazard: recordFromReport(event) }
      : { lifecycle, hazard: null };
  }
  return { lifecycle, hazard: evolveRecord(state.hazard, event) };
}

export function foldHazard(
  events: readonly HazardEvent[],
  from: HazardState = initialHazardState(),
): HazardState {
  return events.reduce(evolveHazard, from);
}

function recordFromReport(event: HazardReported): HazardRecord {
  const { at, effectiveOn, backdateReason: _reason, ...intake } = event.data;
  return {
    ...intake,
    awareAt: at,
    awareOn: effectiveOn,
    accommodationOffers: [],
    reasonableEndeavours: [],
    complaintIds: intake.complaintId === undefined ? [] : [intake.complaintId],
    lastStepAt: at,
    version: 1,
  };
}

/** The step's instant and date, with the payload minus the time fields. */
function done<D extends { at: string; effectiveOn: string; backdateReason?: string }>(
  data: D,
): StepDone<Omit<D, 'at' | 'effectiveOn' | 'backdateReason'>> {
  const { at, effectiveOn, backdateReason: _reason, ...detail } = data;
  return { at, on: effectiveOn, detail };
}

function evolveRecord(r: HazardRecord, event: HazardEvent): HazardRecord {
  const base = {
    ...r,
    version: r.version + 1,
    lastStepAt: later(r.lastStepAt, event.data?.at),
  };
  // A damaged event is counted and otherwise ignored: replay never throws.
  if (!hasData(event)) return base;
  switch (event.type) {
    case 'HazardReported':
      return base; // a second report on one stream is ignored, not thrown on
    case 'ScopeDecided': {
      const { at: _at, effectiveOn: _on, backdateReason: _reason, ...scope } = event.data;
      return { ...base, scope };
    }
    case 'HazardClassified':
      return { ...base, classification: done(event.data) };
    case 'InvestigationConcluded':
      return { ...base, investigation: done(event.data) };
    case 'MadeSafe':
      return { ...base, madeSafe: done(event.data) };
    case 'WrittenSummarySent':
      return { ...base, writtenSummary: done(event.data) };
    case 'SafetyWorkCompleted':
      return { ...base, safetyWork: done(event.data) };
    case 'PreventativeWorkDeferred':
      return { ...base, preventativeDeferred: done(event.data) };
    case 'PreventativeWorkStarted':
      return { ...base, preventativeStarted: done(event.data) };
    case 'PreventativeWorkCompleted':
      return { ...base, preventativeCompleted: done(event.data) };
    case 'AlternativeAccommodationOffered':
      return { ...base, accommodationOffers: [...r.accommodationOffers, event.data] };
    case 'ReasonableEndeavoursRecorded':
      return { ...base, reasonableEndeavours: [...r.reasonableEndeavours, event.data] };
    case 'ComplaintLinked':
      return r.complaintIds.includes(event.data.complaintId)
        ? base
        : { ...base, complaintIds: [...r.complaintIds, event.data.complaintId] };
    case 'HazardClosed':
      return { ...base, closed: done(event.data) };
    default:
      // An event type this build does not know (a newer writer): count it, change nothing else.
      return base;
  }
}

function hasData(event: HazardEvent): boolean {
  const data = event.data as unknown;
  return typeof data === 'object' && data !== null;
}

/** ISO instants in UTC sort as text; a damaged instant is ignored. */
function later(a: string, b: unknown): string {
  return typeof b === 'string' && b > a ? b : a;
}
