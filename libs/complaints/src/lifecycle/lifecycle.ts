import { initialTransition, transition, type SnapshotFrom, type StateValue } from 'xstate';
import type { ComplaintEvent } from '../events/complaint-event';
import { complaintMachine } from './complaint.machine';

export type LifecycleSnapshot = SnapshotFrom<typeof complaintMachine>;

/** The position before any event: a complaint that does not exist yet. */
export function initialLifecycle(): LifecycleSnapshot {
  return initialTransition(complaintMachine)[0];
}

/**
 * Moves the lifecycle by one stored event. An event the machine does not accept in the current
 * state leaves it where it is: stored history is never refused (architecture decision 2).
 */
export function advanceLifecycle(
  snapshot: LifecycleSnapshot,
  event: ComplaintEvent,
): LifecycleSnapshot {
  return transition(complaintMachine, snapshot, event)[0];
}

/** Whether the machine accepts this event now (guards included). */
export function lifecycleAccepts(snapshot: LifecycleSnapshot, event: ComplaintEvent): boolean {
  return snapshot.can(event);
}

/** A state value as a dotted path, e.g. `stage1.awaitingResponse`. */
export function statusOf(snapshot: LifecycleSnapshot): string {
  return flatten(snapshot.value);
}

function flatten(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] as [string, StateValue];
  return child === undefined ? key : `${key}.${flatten(child)}`;
}
