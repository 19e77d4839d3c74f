import type { ComplaintEvent } from '../events/complaint-event';
import { advanceLifecycle, initialLifecycle } from '../lifecycle/lifecycle';
import type { ComplaintRecord, ComplaintState } from './complaint-state';
import { evolveRecord } from './evolve-record';
import { TENURE_BEFORE_RECORDING } from '../model/vocabulary';

export function initialState(): ComplaintState {
  return { lifecycle: initialLifecycle(), complaint: null };
}

/**
 * The decider's evolve: the lifecycle moves through the machine, the record through the
 * reducer. Never throws on stored history (architecture decision 2).
 */
export function evolve(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  const lifecycle = advanceLifecycle(state.lifecycle, event);
  if (state.complaint === null) {
    return event.type === 'ComplaintReceived'
      ? { lifecycle, complaint: recordFromReceipt(event) }
      : { lifecycle, complaint: null };
  }
  return { lifecycle, complaint: evolveRecord(state.complaint, event) };
}

/** Folds a whole history. */
export function fold(
  events: readonly ComplaintEvent[],
  from: ComplaintState = initialState(),
): ComplaintState {
  return events.reduce(evolve, from);
}

function recordFromReceipt(
  event: Extract<ComplaintEvent, { type: 'ComplaintReceived' }>,
): ComplaintRecord {
  const { effectiveOn, backdateReason: _reason, tenure, ...intake } = event.data;
  return {
    ...intake,
    receivedOn: effectiveOn,
    tenure: tenure ?? TENURE_BEFORE_RECORDING,
    vulnerabilityNotes: [],
    adjustments: [],
    hazardIds: [],
    stage1: { stage: 1, triggeredOn: effectiveOn, handlers: [], extensions: [] },
    actions: [],
    closures: [],
    lastStepOn: effectiveOn,
    version: 1,
  };
}
