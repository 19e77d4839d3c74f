import { isLocalDate, toDayNumber, type LocalDate } from '@redress/complaints';

/** The three kinds of record a resident's problem can live in. */
export type IssueKind = 'SERVICE_REQUEST' | 'COMPLAINT' | 'HAZARD';

/** One record, reduced to what a repeat needs: who, where, when and (optionally) what about. */
export interface IssueRef {
  readonly kind: IssueKind;
  readonly id: string;
  readonly residentRef: string;
  readonly propertyRef?: string;
  readonly raisedOn: LocalDate;
  /** A landlord's topic key (a hazard type, a repair trade, a complaint category). */
  readonly topic?: string;
}

export interface RepeatOptions {
  /** A record repeats the one before it when raised within this many calendar days. */
  readonly withinDays?: number;
  /** How many linked records make a repeat. */
  readonly minCount?: number;
  /** Count only records about the same topic as repeats of each other. */
  readonly byTopic?: boolean;
  /** Ignore records raised after this date. */
  readonly asOf?: LocalDate;
}

export interface RepeatIssue {
  readonly by: 'PROPERTY' | 'RESIDENT';
  readonly ref: string;
  readonly topic?: string;
  readonly issues: readonly IssueRef[];
  readonly kinds: { readonly [K in IssueKind]: number };
  readonly firstOn: LocalDate;
  readonly lastOn: LocalDate;
}

/**
 * Repeat issues at one property or for one resident, across service requests, complaints and
 * hazard cases (issue: "repeat issues ... are listed"). The Code sets no definition of a repeat
 * [UNCONFIRMED]: by default two or more records each raised within 365 days of the one before.
 * A chain that stretches further is one repeat, because each link is. Pure: the caller supplies
 * the records from whichever read models hold them.
 */
export function repeatIssues(
  issues: readonly IssueRef[],
  options: RepeatOptions = {},
): RepeatIssue[] {
  const withinDays = whole(options.withinDays ?? 365, 'withinDays', 0);
  const minCount = whole(options.minCount ?? 2, 'minCount', 2);
  if (options.asOf !== undefined && !isLocalDate(options.asOf)) {
    throw new RangeError('asOf must be a date written YYYY-MM-DD');
  }
  issues.forEach((issue, i) => {
    if (!isLocalDate(issue.raisedOn)) throw new RangeError(`issues[${i}].raisedOn is not a date`);
  });
  const known = issues.filter((i) => options.asOf === undefined || i.raisedOn <= options.asOf);
  const groups = new Map<
    string,
    { by: RepeatIssue['by']; ref: string; topic?: string; items: IssueRef[] }
  >();
  for (const issue of known) {
    const keys: [RepeatIssue['by'], string | undefined][] = [
      ['PROPERTY', issue.propertyRef],
      ['RESIDENT', issue.residentRef],
    ];
    for (const [by, ref] of keys) {
      if (ref === undefined || ref === '') continue;
      const topic = options.byTopic ? (issue.topic ?? '') : undefined;
      const key = JSON.stringify([by, ref, topic]);
      const group = groups.get(key) ?? { by, ref, topic, items: [] };
      group.items.push(issue);
      groups.set(key, group);
    }
  }
  const repeats: RepeatIssue[] = [];
  for (const group of groups.values()) {
    for (const chain of chains(group.items, withinDays)) {
      if (chain.length < minCount) continue;
      repeats.push({
        by: group.by,
        ref: group.ref,
        ...(group.topic === undefined ? {} : { topic: group.topic }),
        issues: chain,
        kinds: countKinds(chain),
        firstOn: chain[0]!.raisedOn,
        lastOn: chain[chain.length - 1]!.raisedOn,
      });
    }
  }
  return repeats.sort(
    (a, b) =>
      b.issues.length - a.issues.length ||
      a.by.localeCompare(b.by) ||
      a.ref.localeCompare(b.ref) ||
      a.firstOn.localeCompare(b.firstOn),
  );
}

/** Records in date order, split wherever the gap to the previous one exceeds `withinDays`. */
function chains(items: readonly IssueRef[], withinDays: number): IssueRef[][] {
  const sorted = [...items].sort(
    (a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id),
  );
  const out: IssueRef[][] = [];
  let current: IssueRef[] = [];
  for (const item of sorted) {
    const last = current[current.length - 1];
    if (last && toDayNumber(item.raisedOn) - toDayNumber(last.raisedOn) > withinDays) {
      out.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function countKinds(items: readonly IssueRef[]): RepeatIssue['kinds'] {
  const kinds = { SERVICE_REQUEST: 0, COMPLAINT: 0, HAZARD: 0 };
  for (const item of items) kinds[item.kind] += 1;
  return kinds;
}

function whole(value: number, field: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${field} must be a whole number of at least ${min}`);
  }
  return value;
}
