import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DeadlineKind, LocalDate, WorkingDayCalendar } from '@redress/complaints';
import type {
  ComplaintsTable,
  ObligationsTable,
  ReadModelDatabase,
} from '../schema/read-model-tables';
import { InvalidCursorError } from './complaint-list.query';

/** Red: missed. Amber: due within the next two working days. Green: later. */
export type Rag = 'red' | 'amber' | 'green';
export const RAGS: readonly Rag[] = ['red', 'amber', 'green'];
export const AMBER_WORKING_DAYS = 2;

export const OBLIGATION_KINDS: readonly DeadlineKind[] = [
  'STAGE1_ACKNOWLEDGEMENT',
  'STAGE1_RESPONSE',
  'STAGE2_ACKNOWLEDGEMENT',
  'STAGE2_RESPONSE',
  'REMEDY',
  'OUTSTANDING_ACTION',
  'LEARNING_ACTION',
  'OMBUDSMAN_ORDER',
];

type Joined = ExpressionBuilder<
  ReadModelDatabase & { o: ObligationsTable; c: ComplaintsTable },
  'o' | 'c'
>;

export const WORK_QUEUE_DEFAULT_LIMIT = 50;
export const WORK_QUEUE_MAX_LIMIT = 500;

export interface WorkQueueFilter {
  readonly asOf: LocalDate;
  /** Who owns the obligation (compared without regard to case or surrounding spaces). */
  readonly owner?: string;
  /** The complaint's current handler (likewise). */
  readonly handler?: string;
  readonly kind?: DeadlineKind;
  readonly stage?: 1 | 2;
  readonly rag?: Rag;
}

export interface WorkQueueItem {
  readonly complaintId: string;
  readonly status: string;
  readonly handler: string | null;
  readonly receivedOn: LocalDate;
  readonly vulnerable: boolean;
  readonly obligation: {
    readonly kind: string;
    readonly stage: number | null;
    readonly ref: string | null;
    readonly owner: string | null;
    readonly description: string | null;
    readonly provision: string;
    readonly dueOn: LocalDate;
    /** Working days left (0 on the due date), when not yet missed. */
    readonly workingDaysLeft: number | null;
    /** Working days past the due date, when missed. */
    readonly workingDaysOverdue: number | null;
  };
  readonly rag: Rag;
}

export interface WorkQueue {
  readonly asOf: LocalDate;
  /** Totals per colour over every page of this filter. */
  readonly counts: Readonly<Record<Rag, number>>;
  readonly total: number;
  readonly items: WorkQueueItem[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** An obligation's colour as of a date, in SQL over `o.due_on`. */
export function ragSql(asOf: LocalDate, calendar: WorkingDayCalendar) {
  const amberUntil = calendar.addWorkingDays(asOf, AMBER_WORKING_DAYS);
  return sql<Rag>`(case when o.due_on < ${asOf} then 'red' when o.due_on <= ${amberUntil} then 'amber' else 'green' end)`;
}

/** Open work as of a date: started by then, on a complaint received by then. */
export function openAsOf(eb: Joined, asOf: LocalDate): Expression<SqlBool>[] {
  return [eb('o.started_on', '<=', asOf), eb('c.received_on', '<=', asOf)];
}

export const obligationsWithComplaints = (db: Kysely<ReadModelDatabase>) =>
  db
    .selectFrom('rm_obligations as o')
    .innerJoin('rm_complaints as c', 'c.complaint_id', 'o.complaint_id');

/** Identities compare as people mean them: "Alice" and " alice" are the same officer. */
export const canonicalIdentity = (id: string): string => id.trim().toLowerCase();

/**
 * Every open obligation, soonest first, judged as of a date: today for the day's work, a later
 * date to plan ahead. One item per obligation (a stage's acknowledgement or response, each
 * remedy, outstanding or learning action, each Ombudsman order), filed under its owner.
 * Stopped clocks are never open work (docs/reports.md).
 */
export async function workQueue(
  db: Kysely<ReadModelDatabase>,
  options: WorkQueueFilter & {
    calendar: WorkingDayCalendar;
    limit?: number;
    cursor?: string;
  },
): Promise<WorkQueue> {
  const { asOf, calendar } = options;
  const limit = Math.min(options.limit ?? WORK_QUEUE_DEFAULT_LIMIT, WORK_QUEUE_MAX_LIMIT);
  const ragOf = ragSql(asOf, calendar);
  const filtered = (eb: Joined) => {
    const conditions: Expression<SqlBool>[] = openAsOf(eb, asOf);
    if (options.owner !== undefined)
      conditions.push(eb(sql`lower(o.owner)`, '=', canonicalIdentity(options.owner)));
    if (options.handler !== undefined)
      conditions.push(eb(sql`lower(o.handler)`, '=', canonicalIdentity(options.handler)));
    if (options.kind !== undefined) conditions.push(eb('o.kind', '=', options.kind));
    if (options.stage !== undefined) conditions.push(eb('o.stage', '=', options.stage));
    if (options.rag !== undefined) conditions.push(eb(ragOf, '=', options.rag));
    return eb.and(conditions);
  };
  const base = () => obligationsWithComplaints(db);
  const totals = await base()
    .select([ragOf.as('rag'), sql<number>`count(*)`.as('n')])
    .where(filtered)
    .groupBy(sql`1`)
    .execute();
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const t of totals) counts[t.rag] = Number(t.n);
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rows = await base()
    .select([
      'o.complaint_id',
      'o.obligation_id',
      'o.kind',
      'o.stage',
      'o.ref',
      'o.owner',
      'o.description',
      'o.provision',
      'o.due_on',
      'c.status',
      'c.handler',
      'c.received_on',
      'c.vulnerable',
    ])
    .select(ragOf.as('rag'))
    .where(filtered)
    .where((eb) =>
      after
        ? eb.or([
            eb('o.due_on', '>', after[0]),
            eb.and([eb('o.due_on', '=', after[0]), eb('o.complaint_id', '>', after[1])]),
            eb.and([
              eb('o.due_on', '=', after[0]),
              eb('o.complaint_id', '=', after[1]),
              eb('o.obligation_id', '>', after[2]),
            ]),
          ])
        : eb.and([]),
    )
    .orderBy('o.due_on')
    .orderBy('o.complaint_id')
    .orderBy('o.obligation_id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const items = page.map((r): WorkQueueItem => {
    const missed = r.due_on < asOf;
    return {
      complaintId: r.complaint_id,
      status: r.status,
      handler: r.handler,
      receivedOn: r.received_on,
      vulnerable: r.vulnerable === 1,
      obligation: {
        kind: r.kind,
        stage: r.stage,
        ref: r.ref,
        owner: r.owner,
        description: r.description,
        provision: r.provision,
        dueOn: r.due_on,
        workingDaysLeft: missed ? null : calendar.workingDaysBetween(asOf, r.due_on),
        workingDaysOverdue: missed ? calendar.workingDaysBetween(r.due_on, asOf) : null,
      },
      rag: r.rag,
    };
  });
  return {
    asOf,
    counts,
    total: counts.red + counts.amber + counts.green,
    items,
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(
            JSON.stringify([last.due_on, last.complaint_id, last.obligation_id]),
          ).toString('base64url')
        : undefined,
  };
}

function decodeCursor(cursor: string): [string, string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value.every((v) => typeof v === 'string'))
      return value as [string, string, string];
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorError('The cursor is not one this queue gave out; start again without it');
}
