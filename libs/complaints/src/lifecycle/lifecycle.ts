import { initialTransition, transition, type SnapshotFrom, type StateValue } from 'xstate';
import type { ComplaintEvent } from '../events/complaint-event';
import { complaintMachine } from './complaint.machine';

export type LifecycleSnapshot = SnapshotFrom<typeof complaintMachine>;

const INITIAL: LifecycleSnapshot = initialTransition(complaintMachine)[0];

/** The position before any event: a complaint that does not exist yet. */
export function initialLifecycle(): LifecycleSnapshot {
  return INITIAL;
}

/**
 * Where each snapshot goes on each kind of event. The machine's guards read only the event's
 * type, `stage` and `orderId`, and snapshots are immutable, so a transition computed once holds for every
 * complaint: replaying a long history costs a lookup per event rather than a machine step.
 */
const NEXT = new WeakMap<LifecycleSnapshot, Map<string, LifecycleSnapshot>>();

/**
 * Moves the lifecycle by one stored event. An event the machine does not accept in the current
 * state leaves it where it is: stored history is never refused (architecture decision 2).
 */
export function advanceLifecycle(
  snapshot: LifecycleSnapshot,
  event: ComplaintEvent,
): LifecycleSnapshot {
  // The guards read the event's type, stage and order id only, so those make the key.
  const data = event.data as { stage?: unknown; orderId?: unknown } | undefined;
  const key = `${event.type}:${String(data?.stage)}:${String(data?.orderId)}`;
  let known = NEXT.get(snapshot);
  if (!known) NEXT.set(snapshot, (known = new Map()));
  let next = known.get(key);
  if (!next) known.set(key, (next = transition(complaintMachine, snapshot, event)[0]));
  return next;
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

interface StateTree {
  readonly states?: Readonly<Record<string, StateTree>>;
}

/** Every state a complaint can be in, parents included (`stage1`, `stage1.responded`, ...). */
export const LIFECYCLE_STATUSES: readonly string[] = (function walk(
  node: StateTree,
  prefix: string,
): string[] {
  return Object.entries(node.states ?? {}).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...walk(child, path)];
  });
})(complaintMachine.root as unknown as StateTree, '').filter((s) => s !== 'new');
