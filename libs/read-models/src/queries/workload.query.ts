import { sql, type Kysely } from 'kysely';
import type { LocalDate, WorkingDayCalendar } from '@redress/complaints';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { obligationsWithComplaints, openAsOf, ragSql, type Rag } from './work-queue.query';

/** One person's open obligations by colour: the line a manager reads before opening their list. */
export interface OwnerWorkload extends Readonly<Record<Rag, number>> {
  /** Null for obligations nobody owns yet (a complaint not yet acknowledged). */
  readonly owner: string | null;
  readonly total: number;
}

/**
 * Every owner's open obligations counted by red / amber / green over the whole queue, so a
 * manager's view by person is complete however long the queue is; most overdue first.
 */
export async function workloadByOwner(
  db: Kysely<ReadModelDatabase>,
  options: { readonly asOf: LocalDate; readonly calendar: WorkingDayCalendar },
): Promise<OwnerWorkload[]> {
  const rag = ragSql(options.asOf, options.calendar);
  const rows = await obligationsWithComplaints(db)
    .select(['o.owner', rag.as('rag'), sql<number>`count(*)`.as('n')])
    .where((eb) => eb.and(openAsOf(eb, options.asOf)))
    .groupBy(['o.owner', sql`2`])
    .execute();
  const byOwner = new Map<string | null, { red: number; amber: number; green: number }>();
  for (const r of rows) {
    const counts = byOwner.get(r.owner) ?? { red: 0, amber: 0, green: 0 };
    counts[r.rag] += Number(r.n);
    byOwner.set(r.owner, counts);
  }
  return [...byOwner]
    .map(([owner, c]) => ({ owner, ...c, total: c.red + c.amber + c.green }))
    .sort(
      (a, b) =>
        b.red - a.red || b.total - a.total || String(a.owner).localeCompare(String(b.owner)),
    );
}
