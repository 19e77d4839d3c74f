import type { Deadline } from '@redress/complaints';
import type { AsOfState } from '../as-of/state-as-of';
import type { AuditedEvent } from '../audited-event';
import { historyRow, type HistoryRow } from '../history/history-rows';

export interface FieldChange {
  /** Dotted path into the complaint record, e.g. `stage1.acknowledgedOn`. */
  readonly path: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

export interface DeadlineChange {
  readonly deadline: string;
  readonly from?: { readonly status: string; readonly dueOn: string };
  readonly to?: { readonly status: string; readonly dueOn: string };
}

/** What changed between two moments of one view. */
export interface StateDiff {
  readonly from: AsOfState;
  readonly to: AsOfState;
  readonly status?: { readonly from: string; readonly to: string };
  /** Events in one state and not the other, in stream order, marked by which side has them. */
  readonly events: readonly (HistoryRow & { readonly side: 'added' | 'removed' })[];
  readonly fields: readonly FieldChange[];
  readonly deadlines: readonly DeadlineChange[];
}

/** Compares two as-of states of the same complaint: events, record fields and deadlines. */
export function diffStates(
  from: AsOfState,
  to: AsOfState,
  events: readonly AuditedEvent[],
): StateDiff {
  const within = (state: AsOfState, e: AuditedEvent) => e.revision <= state.revision;
  const changed = events.filter((e) => within(from, e) !== within(to, e));
  return {
    from,
    to,
    status: from.status === to.status ? undefined : { from: from.status, to: to.status },
    events: changed.map((e) => ({ ...historyRow(e), side: within(to, e) ? 'added' : 'removed' })),
    fields: diffValues(from.record ?? {}, to.record ?? {}),
    deadlines: diffDeadlines(from.deadlines, to.deadlines),
  };
}

/** Leaf-by-leaf comparison of two JSON-like values; arrays are compared by index. */
export function diffValues(a: unknown, b: unknown, path = ''): FieldChange[] {
  const left = flatten(a, path);
  const right = flatten(b, path);
  const paths = [...new Set([...left.keys(), ...right.keys()])];
  return paths
    .filter((p) => JSON.stringify(left.get(p)) !== JSON.stringify(right.get(p)))
    .map((p) => ({ path: p, from: left.get(p), to: right.get(p) }));
}

function flatten(value: unknown, path: string, into = new Map<string, unknown>()) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (child !== undefined) flatten(child, path ? `${path}.${key}` : key, into);
    }
  } else if (path) {
    into.set(path, value);
  }
  return into;
}

const label = (d: Deadline) => (d.ref ? `${d.kind} ${d.ref}` : d.kind);

function diffDeadlines(from: readonly Deadline[], to: readonly Deadline[]): DeadlineChange[] {
  const before = new Map(from.map((d) => [label(d), d]));
  const after = new Map(to.map((d) => [label(d), d]));
  const names = [...new Set([...before.keys(), ...after.keys()])];
  const brief = (d: Deadline | undefined) => d && { status: d.status, dueOn: d.dueOn };
  return names
    .filter((n) => JSON.stringify(brief(before.get(n))) !== JSON.stringify(brief(after.get(n))))
    .map((n) => ({ deadline: n, from: brief(before.get(n)), to: brief(after.get(n)) }));
}
