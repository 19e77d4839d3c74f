import type { StateValue } from 'xstate';
import type { LifecycleContext } from './complaint.machine';
import { complaintMachine } from './complaint.machine';
import type { LifecycleSnapshot } from './lifecycle';

/** A lifecycle position as plain JSON, for read models that keep a complaint's state between events. */
export interface LifecycleDocument {
  readonly value: StateValue;
  readonly context: LifecycleContext;
}

export function lifecycleDocument(snapshot: LifecycleSnapshot): LifecycleDocument {
  return { value: snapshot.value, context: snapshot.context };
}

/**
 * Restored snapshots are interned by their JSON so that equal positions share one object: the
 * transition memo in lifecycle.ts is keyed by snapshot identity, and a projector restoring
 * thousands of complaints should not pay a machine step for each of their next events.
 */
const INTERNED = new Map<string, LifecycleSnapshot>();
const INTERN_LIMIT = 10_000;

export function restoreLifecycle(document: LifecycleDocument): LifecycleSnapshot {
  const key = JSON.stringify(document);
  let snapshot = INTERNED.get(key);
  if (!snapshot) {
    if (INTERNED.size >= INTERN_LIMIT) INTERNED.clear();
    snapshot = complaintMachine.resolveState({
      value: document.value,
      context: document.context,
    }) as LifecycleSnapshot;
    INTERNED.set(key, snapshot);
  }
  return snapshot;
}
