import { initialTransition, transition, type SnapshotFrom, type StateValue } from 'xstate';
import type { HazardEvent } from '../events/hazard-event';
import { hazardMachine } from './hazard.machine';

export type HazardLifecycleSnapshot = SnapshotFrom<typeof hazardMachine>;

const INITIAL: HazardLifecycleSnapshot = initialTransition(hazardMachine)[0];

export function initialHazardLifecycle(): HazardLifecycleSnapshot {
  return INITIAL;
}

/**
 * Moves the lifecycle by one stored event. An event the machine does not accept now leaves it
 * where it is: stored history is never refused (architecture decision 2).
 */
export function advanceHazardLifecycle(
  snapshot: HazardLifecycleSnapshot,
  event: HazardEvent,
): HazardLifecycleSnapshot {
  return transition(hazardMachine, snapshot, event)[0];
}

/** Whether the machine accepts this event now (guards included). */
export function hazardLifecycleAccepts(
  snapshot: HazardLifecycleSnapshot,
  event: HazardEvent,
): boolean {
  return snapshot.can(event);
}

/** A state value as a dotted path, e.g. `closed.noHazard`. */
export function hazardStatusOf(snapshot: HazardLifecycleSnapshot): string {
  return flatten(snapshot.value);
}

function flatten(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] as [string, StateValue];
  return child === undefined ? key : `${key}.${flatten(child)}`;
}
