import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { LIFECYCLE_STATUSES, type LocalDate } from '@redress/complaints';
import { containsText, startsWith } from '../schema/dialect';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import {
  figureCondition,
  tenureCondition,
  type FigureFilter,
  type TenureFilter,
} from './figure-filter';
import { NOT_RECORDED } from './sql-measures';

export interface ComplaintListFilter {
  readonly stage?: 1 | 2;
  /** A lifecycle state or its parent: `stage1` matches `stage1.responded`. */
  readonly status?: string;
  readonly category?: string;
  readonly handler?: string;
  /** The resident's or the property's reference in the housing system, exactly. */
  readonly residentRef?: string;
  readonly propertyRef?: string;
  /**
   * Free text found anywhere in the complaint's description or its defined issues, ignoring
   * case; `%` and `_` are ordinary characters.
   */
  readonly q?: string;
  readonly receivedFrom?: LocalDate;
  readonly receivedTo?: LocalDate;
  /**
   * Only complaints with an obligation still open that fell due before this date: the work
   * queue's own items (a stopped clock is never overdue).
   */
  readonly overdueAsOf?: LocalDate;
  /** LCRA, LCHO, OTHER, or `combined` (LCRA + LCHO). */
  readonly tenure?: TenureFilter;
  /** The root cause recorded at closure; NOT_RECORDED for none (as the reports tally it). */
  readonly rootCause?: string;
  /** The outcome of the figure's stage (Stage 1 unless `figure.stage` says 2). */
  readonly outcome?: string;
  /** Only the complaints behind a report's figure, counted by the report's own condition. */
  readonly figure?: FigureFilter;
}

export type ComplaintListSort = 'receivedOn' | 'nextDeadline';

export interface ComplaintListRequest extends ComplaintListFilter {
  readonly sort?: ComplaintListSort;
  readonly direction?: 'asc' | 'desc';
  readonly limit?: number;
  readonly cursor?: string;
}

export interface ComplaintListItem {
  readonly complaintId: string;
  readonly status: string;
  readonly stage: number | null;
  readonly handler: string | null;
  readonly category: string | null;
  readonly receivedOn: LocalDate;
  readonly closedOn: LocalDate | null;
  readonly residentRef: string;
  readonly propertyRef: string | null;
  readonly nextDeadline: { readonly kind: string; readonly dueOn: LocalDate } | null;
}

export interface ComplaintListPage {
  readonly items: ComplaintListItem[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
}

// Complaints with no open deadline sort after every dated one.
const NO_DEADLINE = '9999-12-31';
const sortKey = (sort: ComplaintListSort) =>
  sort === 'receivedOn'
    ? sql<string>`received_on`
    : sql<string>`coalesce(next_deadline_due_on, ${NO_DEADLINE})`;

/** Keyset pagination: stable under concurrent inserts, unlike offsets. */
export async function listComplaints(
  db: Kysely<ReadModelDatabase>,
  request: ComplaintListRequest,
): Promise<ComplaintListPage> {
  const sort = request.sort ?? 'receivedOn';
  const direction = request.direction ?? 'desc';
  const limit = request.limit ?? 50;
  const key = sortKey(sort);
  const after = request.cursor ? decodeCursor(request.cursor) : undefined;
  const rows = await db
    .selectFrom('rm_complaints')
    .select([
      'complaint_id',
      'status',
      'current_stage',
      'handler',
      'category',
      'received_on',
      'closed_on',
      'resident_ref',
      'property_ref',
      'next_deadline_kind',
      'next_deadline_due_on',
    ])
    .select(key.as('sort_key'))
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (request.stage !== undefined) conditions.push(eb('current_stage', '=', request.stage));
      if (request.status !== undefined) {
        // A state with no children is matched alone, so the status index answers it.
        const parent = LIFECYCLE_STATUSES.some((s) => s.startsWith(`${request.status}.`));
        conditions.push(
          parent
            ? eb.or([eb('status', '=', request.status), startsWith('status', `${request.status}.`)])
            : eb('status', '=', request.status),
        );
      }
      if (request.category !== undefined)
        conditions.push(
          request.category === NOT_RECORDED
            ? eb('category', 'is', null)
            : eb('category', '=', request.category),
        );
      if (request.rootCause !== undefined)
        conditions.push(
          request.rootCause === NOT_RECORDED
            ? eb('root_cause', 'is', null)
            : eb('root_cause', '=', request.rootCause),
        );
      if (request.outcome !== undefined)
        conditions.push(eb(`s${request.figure?.stage ?? 1}_outcome`, '=', request.outcome));
      if (request.tenure !== undefined) conditions.push(tenureCondition(request.tenure));
      if (request.figure !== undefined) conditions.push(figureCondition(request.figure));
      if (request.handler !== undefined)
        conditions.push(eb(sql`lower(handler)`, '=', request.handler.trim().toLowerCase()));
      if (request.residentRef !== undefined)
        conditions.push(eb('resident_ref', '=', request.residentRef));
      if (request.propertyRef !== undefined)
        conditions.push(eb('property_ref', '=', request.propertyRef));
      if (request.q !== undefined && request.q.trim())
        conditions.push(containsText('search_text', request.q.trim()));
      if (request.receivedFrom !== undefined)
        conditions.push(eb('received_on', '>=', request.receivedFrom));
      if (request.receivedTo !== undefined)
        conditions.push(eb('received_on', '<=', request.receivedTo));
      if (request.overdueAsOf !== undefined)
        conditions.push(eb('next_deadline_due_on', '<', request.overdueAsOf));
      if (after) {
        const [value, id] = after;
        const beyond = direction === 'asc' ? '>' : '<';
        conditions.push(
          eb.or([
            eb(key, beyond, value),
            eb.and([eb(key, '=', value), eb('complaint_id', beyond, id)]),
          ]),
        );
      }
      return eb.and(conditions);
    })
    .orderBy(key, direction)
    .orderBy('complaint_id', direction)
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      complaintId: r.complaint_id,
      status: r.status,
      stage: r.current_stage,
      handler: r.handler,
      category: r.category,
      receivedOn: r.received_on,
      closedOn: r.closed_on,
      residentRef: r.resident_ref,
      propertyRef: r.property_ref,
      nextDeadline:
        r.next_deadline_kind && r.next_deadline_due_on
          ? { kind: r.next_deadline_kind, dueOn: r.next_deadline_due_on }
          : null,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.sort_key, last.complaint_id]) : undefined,
  };
}

function encodeCursor(position: [string, string]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorError('The cursor is not one this list gave out; start again without it');
}
