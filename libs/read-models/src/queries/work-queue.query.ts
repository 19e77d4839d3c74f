import type { Kysely } from 'kysely';
import type { LocalDate, WorkingDayCalendar } from '@redress/complaints';
import type { ReadModelDatabase } from '../schema/read-model-tables';

/** Red: missed. Amber: due within the next two working days. Green: later. */
export type Rag = 'red' | 'amber' | 'green';
export const AMBER_WORKING_DAYS = 2;

export interface WorkQueueItem {
  readonly complaintId: string;
  readonly status: string;
  readonly handler: string | null;
  readonly receivedOn: LocalDate;
  readonly vulnerable: boolean;
  readonly deadline: {
    readonly kind: string;
    readonly dueOn: LocalDate;
    readonly ref: string | null;
  };
  readonly rag: Rag;
}

export interface WorkQueue {
  readonly asOf: LocalDate;
  readonly counts: Readonly<Record<Rag, number>>;
  readonly items: WorkQueueItem[];
}

/**
 * Every complaint with a deadline still open, soonest first, judged as of a date: today for the
 * day's work, a later date to plan ahead. The queue is today's open work; history as it stood
 * on a past date is the auditor's view, not this one.
 */
export async function workQueue(
  db: Kysely<ReadModelDatabase>,
  options: { asOf: LocalDate; calendar: WorkingDayCalendar; handler?: string },
): Promise<WorkQueue> {
  const amberUntil = options.calendar.addWorkingDays(options.asOf, AMBER_WORKING_DAYS);
  let query = db
    .selectFrom('rm_complaints')
    .select([
      'complaint_id',
      'status',
      'handler',
      'received_on',
      'vulnerable',
      'next_deadline_kind',
      'next_deadline_due_on',
      'next_deadline_ref',
    ])
    .where('next_deadline_due_on', 'is not', null)
    .where('received_on', '<=', options.asOf);
  if (options.handler !== undefined) query = query.where('handler', '=', options.handler);
  const rows = await query.orderBy('next_deadline_due_on').orderBy('complaint_id').execute();
  const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  const items = rows.map((r): WorkQueueItem => {
    const dueOn = r.next_deadline_due_on as string;
    const rag: Rag = dueOn < options.asOf ? 'red' : dueOn <= amberUntil ? 'amber' : 'green';
    counts[rag]++;
    return {
      complaintId: r.complaint_id,
      status: r.status,
      handler: r.handler,
      receivedOn: r.received_on,
      vulnerable: r.vulnerable === 1,
      deadline: { kind: r.next_deadline_kind as string, dueOn, ref: r.next_deadline_ref },
      rag,
    };
  });
  return { asOf: options.asOf, counts, items };
}
