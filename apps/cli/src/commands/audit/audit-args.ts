import {
  MOMENT_HELP,
  parseMoment,
  readComplaintEvents,
  readHazardEvents,
  type ComplaintEvents,
  type HazardEvents,
  type Moment,
} from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import {
  ComplaintNotFound,
  complaintIdArg,
  UsageProblem,
  type ParsedArgs,
} from '../../support/audit-command';

/** A required moment option (`--as-of`, `--from`, `--to`). */
export function momentArg(args: ParsedArgs, name: string): Moment {
  const raw = args.values[name];
  if (typeof raw !== 'string') throw new UsageProblem(`--${name} is required`);
  const moment = parseMoment(raw);
  if (!moment) throw new UsageProblem(`--${name} must be ${MOMENT_HELP}; got '${raw}'`);
  return moment;
}

export async function loadComplaint(store: EventStore, id: string): Promise<ComplaintEvents> {
  const found = await readComplaintEvents(store, id);
  if (!found) throw new ComplaintNotFound(id);
  return found;
}

/** The positional id of `history`, `state`, `diff` and `export`: a complaint or a hazard case. */
export const recordIdArg = (args: ParsedArgs) =>
  complaintIdArg(args, 'complaint or hazard case id');

/** What an audit command reads: a complaint's stream or a hazard case's (SI 2025/1042). */
export type AuditRecord =
  | { readonly kind: 'complaint'; readonly id: string; readonly found: ComplaintEvents }
  | { readonly kind: 'hazard'; readonly id: string; readonly found: HazardEvents };

/**
 * A complaint id or a hazard case id, with nothing to say which: both are random UUIDs in
 * streams of their own (`complaint-<id>`, `hazard-<id>`), so they cannot collide, and the
 * auditor need not know which kind the Ombudsman's letter names. The complaint is read first.
 */
export async function loadRecord(store: EventStore, id: string): Promise<AuditRecord> {
  const complaint = await readComplaintEvents(store, id);
  if (complaint) return { kind: 'complaint', id, found: complaint };
  const hazard = await readHazardEvents(store, id);
  if (hazard) return { kind: 'hazard', id, found: hazard };
  throw new ComplaintNotFound(id, 'complaint or hazard case');
}

export const json = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
