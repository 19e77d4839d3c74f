import type { ComplaintEvent } from '../events/complaint-event';
import { advanceLifecycle, initialLifecycle } from '../lifecycle/lifecycle';
import type { ComplaintRecord, ComplaintState, Intake } from './complaint-state';
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

/**
 * The record a receipt starts. Built field by field rather than by a rest-and-spread of the
 * payload, which cost more than the rest of a complaint's fold together; the type makes every
 * field of the intake be named here.
 */
function recordFromReceipt(
  event: Extract<ComplaintEvent, { type: 'ComplaintReceived' }>,
  owned: Owned,
): ComplaintRecord {
  const d = event.data;
  const record = {
    complaintId: d.complaintId,
    policyVersion: d.policyVersion,
    channel: d.channel,
    residentRef: d.residentRef,
    propertyRef: d.propertyRef,
    description: d.description,
    receivedAt: d.receivedAt,
    representative: d.representative,
    serviceRequestId: d.serviceRequestId,
    vulnerable: d.vulnerable,
    reasonableAdjustments: d.reasonableAdjustments,
    receivedOn: d.effectiveOn,
    tenure: d.tenure ?? TENURE_BEFORE_RECORDING,
    vulnerabilityNotes: own(owned, []),
    adjustments: own(owned, []),
    hazardIds: own(owned, []),
    stage1: own(owned, {
      stage: 1 as const,
      triggeredOn: d.effectiveOn,
      handlers: own(owned, []),
      extensions: own(owned, []),
    }),
    actions: own(owned, []),
    closures: own(owned, []),
    lastStepOn: d.effectiveOn,
    version: 1,
  };
  // Every intake field is named above: one added to the receipt fails to compile here.
  const everyIntakeField: { [K in keyof Required<Intake>]: unknown } = record;
  return own(owned, everyIntakeField as ComplaintRecord);
}
