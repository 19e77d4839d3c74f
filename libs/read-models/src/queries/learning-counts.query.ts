import { sql, type Kysely } from 'kysely';
import { NO_LEARNING_IDENTIFIED, type LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';

/** The learning log's totals for a period, as the dashboard shows them. */
export interface LearningCounts {
  /** Closures in the period that recorded learning (the learning log's entries). */
  readonly closures: number;
  /** Service-improvement actions promised at those closures. */
  readonly actions: number;
  /** Of those, not yet done; and not done with the date passed (before `asOf`). */
  readonly open: number;
  readonly overdue: number;
}

/**
 * The learning log's entries and actions counted in the database, by the log's own rules: a
 * closure that recorded learning, and the learning actions whose id carries that closure's
 * number (`L<closure>-<n>`). The dashboard shows only these totals, so it counts them rather
 * than loading every closure and action of a year to count them in memory.
 */
export async function learningCounts(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  asOf: LocalDate,
): Promise<LearningCounts> {
  const closures = await db
    .selectFrom('rm_learning')
    .select(sql<number>`count(*)`.as('n'))
    .where('closed_on', '>=', period.from)
    .where('closed_on', '<=', period.to)
    .where('learning', '<>', NO_LEARNING_IDENTIFIED)
    .executeTakeFirstOrThrow();
  // The closure's prefix, compared exactly (LIKE would treat `_` and `%` as patterns).
  const prefix = sql<string>`('L' || cast(l.closure_no as text) || '-')`;
  // From the period's closures to their actions: a cross join keeps SQLite's loops in that order
  // (the period's closures through their index, then each one's actions through theirs) rather
  // than every learning action ever set; PostgreSQL plans it as the inner join it is.
  const actions = await db
    .selectFrom('rm_learning as l')
    .crossJoin('rm_actions as a')
    .where((eb) =>
      eb.and([
        eb('a.kind', '=', 'learning'),
        eb('a.complaint_id', '=', eb.ref('l.complaint_id')),
        sql<boolean>`substr(a.action_id, 1, length(${prefix})) = ${prefix}`,
      ]),
    )
    .select([
      sql<number>`count(*)`.as('actions'),
      sql<number>`coalesce(sum(case when a.completed_on is null then 1 else 0 end), 0)`.as('open'),
      sql<number>`coalesce(sum(case when a.completed_on is null and a.due_on < ${asOf} then 1 else 0 end), 0)`.as(
        'overdue',
      ),
    ])
    .where('l.closed_on', '>=', period.from)
    .where('l.closed_on', '<=', period.to)
    .where('l.learning', '<>', NO_LEARNING_IDENTIFIED)
    .executeTakeFirstOrThrow();
  return {
    closures: Number(closures.n),
    actions: Number(actions.actions),
    open: Number(actions.open),
    overdue: Number(actions.overdue),
  };
}
