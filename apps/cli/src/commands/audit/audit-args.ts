import {
  MOMENT_HELP,
  parseMoment,
  readComplaintEvents,
  type ComplaintEvents,
  type Moment,
} from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import { ComplaintNotFound, UsageProblem, type ParsedArgs } from '../../support/audit-command';

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

export const json = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
