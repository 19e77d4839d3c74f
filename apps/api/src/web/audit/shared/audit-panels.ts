import type {
  AsOfState,
  BackdateFinding,
  DeadlineChange,
  HazardAsOfState,
  HistoryRow,
} from '@redress/audit';
import { longDate, londonDateTime } from '../../shared/filters';
import { DEADLINE_LABELS, statusLabel } from '../../shared/labels';

/** A deadline (complaint) or an Awaab's Law clock (hazard case), as a row on a page. */
export interface Obligation {
  readonly key: string;
  readonly name: string;
  readonly provision: string;
  readonly due: string;
  readonly status: string;
  /** The other view judges it differently: the back-dating matters here. */
  readonly differs?: boolean;
}

/** One view of a record at one moment, in the words a page shows. */
export interface AsOfPanel {
  readonly view: 'recorded' | 'effective';
  readonly known: boolean;
  readonly status: string;
  readonly events: number;
  readonly revision: number;
  readonly obligations: readonly Obligation[];
  readonly findings: readonly (BackdateFinding & { readonly effective: string })[];
}

const words = (code: string) => {
  const text = code.toLowerCase().replace(/[._]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export function complaintPanel(s: AsOfState): AsOfPanel {
  return {
    view: s.view,
    known: s.known,
    status: statusLabel(s.status),
    events: s.events,
    revision: s.revision,
    obligations: s.deadlines.map((d) => {
      const key = d.ref ? `${d.kind} ${d.ref}` : d.kind;
      return {
        key,
        name: `${DEADLINE_LABELS[d.kind] ?? words(d.kind)}${d.ref ? ` (${d.ref})` : ''}`,
        provision: d.provision,
        due: longDate(d.dueOn),
        status: d.status,
      };
    }),
    findings: s.findings.map((f) => ({ ...f, effective: longDate(f.effectiveOn) })),
  };
}

export function hazardPanel(s: HazardAsOfState): AsOfPanel {
  return {
    view: s.view,
    known: s.known,
    status: words(s.status),
    events: s.events,
    revision: s.revision,
    obligations: s.clocks.map((c) => ({
      key: c.step,
      name: words(c.step),
      provision: c.provision,
      due: c.dueAt ? londonDateTime(c.dueAt) : longDate(c.dueOn),
      status: c.status,
    })),
    // A hazard finding's effective moment is the instant it happened.
    findings: s.findings.map((f) => ({ ...f, effective: londonDateTime(f.effectiveOn) })),
  };
}

/** Marks each obligation the two views judge differently, on both sides. */
export function markDifferences(a: AsOfPanel, b: AsOfPanel): [AsOfPanel, AsOfPanel] {
  const statusIn = (p: AsOfPanel) => new Map(p.obligations.map((o) => [o.key, o.status]));
  const [left, right] = [statusIn(a), statusIn(b)];
  const mark = (p: AsOfPanel, other: Map<string, string>): AsOfPanel => ({
    ...p,
    obligations: p.obligations.map((o) => ({ ...o, differs: other.get(o.key) !== o.status })),
  });
  return [mark(a, right), mark(b, left)];
}

/** The difference between two moments, in the words a page shows. */
export interface DiffView {
  readonly status?: { readonly from: string; readonly to: string };
  readonly unchangedStatus: string;
  readonly events: readonly (HistoryRow & { readonly side: 'added' | 'removed' })[];
  readonly obligations: readonly {
    readonly name: string;
    readonly from: string;
    readonly to: string;
  }[];
  readonly fields: readonly { readonly path: string; readonly from: string; readonly to: string }[];
}

export function diffView(
  d: {
    readonly status?: { readonly from: string; readonly to: string };
    readonly to: { readonly status: string };
    readonly events: DiffView['events'];
    readonly fields: readonly { path: string; from?: unknown; to?: unknown }[];
  },
  obligations: readonly DeadlineChange[],
  kind: 'complaint' | 'hazard',
): DiffView {
  const label = kind === 'complaint' ? statusLabel : words;
  const side = (x?: { status: string; dueOn: string }) =>
    x
      ? `${x.status}, due ${/T/.test(x.dueOn) ? londonDateTime(x.dueOn) : longDate(x.dueOn)}`
      : 'none';
  const value = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));
  return {
    status: d.status && { from: label(d.status.from), to: label(d.status.to) },
    unchangedStatus: label(d.to.status),
    events: d.events,
    obligations: obligations.map((c) => ({
      name:
        kind === 'complaint'
          ? (DEADLINE_LABELS[c.deadline.split(' ')[0]!] ?? words(c.deadline)) +
            (c.deadline.includes(' ') ? ` (${c.deadline.split(' ').slice(1).join(' ')})` : '')
          : words(c.deadline),
      from: side(c.from),
      to: side(c.to),
    })),
    fields: d.fields.map((f) => ({ path: f.path, from: value(f.from), to: value(f.to) })),
  };
}
