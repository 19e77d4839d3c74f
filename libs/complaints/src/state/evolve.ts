import type { ComplaintEvent } from '../events/complaint-event';
import { advanceLifecycle, initialLifecycle } from '../lifecycle/lifecycle';
import type { ComplaintRecord, ComplaintState } from './complaint-state';
import { evolveRecord } from './evolve-record';
import { changed, own, type Owned } from './fold-ownership';
import { TENURE_BEFORE_RECORDING } from '../model/vocabulary';

export function initialState(): ComplaintState {
  return { lifecycle: initialLifecycle(), complaint: null };
}

/**
 * The decider's evolve: the lifecycle moves through the machine, the record through the
 * reducer. Pure (the state given is never changed) and never throws on stored history
 * (architecture decision 2).
 */
export function evolve(state: ComplaintState, event: ComplaintEvent): ComplaintState {
  return evolveOwned(state, event, null);
}

/**
 * Folds a whole history. The same steps as `evolve`, but the record is copied once rather than
 * once per event and its lists grow in place (see fold-ownership): linear in the history's
 * length. The state given is never changed; the one returned is new.
 */
export function fold(
  events: readonly ComplaintEvent[],
  from: ComplaintState = initialState(),
): ComplaintState {
  const owned = new Set<object>();
  let state = from;
  for (const event of events) state = evolveOwned(state, event, owned);
  return state;
}

function evolveOwned(state: ComplaintState, event: ComplaintEvent, owned: Owned): ComplaintState {
  const lifecycle = advanceLifecycle(state.lifecycle, event);
  const complaint =
    state.complaint !== null
      ? evolveRecord(state.complaint, event, owned)
      : event.type === 'ComplaintReceived'
        ? recordFromReceipt(event, owned)
        : null;
  return changed(owned, state, { lifecycle, complaint });
}

function recordFromReceipt(
  event: Extract<ComplaintEvent, { type: 'ComplaintReceived' }>,
  owned: Owned,
): ComplaintRecord {
  const { effectiveOn, backdateReason: _reason, tenure, ...intake } = event.data;
  return own(owned, {
    ...intake,
    receivedOn: effectiveOn,
    tenure: tenure ?? TENURE_BEFORE_RECORDING,
    vulnerabilityNotes: own(owned, []),
    adjustments: own(owned, []),
    hazardIds: own(owned, []),
    stage1: own(owned, {
      stage: 1 as const,
      triggeredOn: effectiveOn,
      handlers: own(owned, []),
      extensions: own(owned, []),
    }),
    actions: own(owned, []),
    closures: own(owned, []),
    lastStepOn: effectiveOn,
    version: 1,
  });
}
