import type { Kysely } from 'kysely';
import { NO_LEARNING_IDENTIFIED, type LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';

export interface LearningAction {
  readonly actionId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: LocalDate;
  readonly completedOn: LocalDate | null;
}

export interface LearningEntry {
  readonly complaintId: string;
  readonly closedOn: LocalDate;
  readonly category: string;
  readonly subCategory: string | null;
  readonly rootCause: string;
  readonly learning: string;
  /** Service improvements promised at closure, with owner and date (CHC 9.1–9.3). */
  readonly actions: LearningAction[];
}

export interface LearningLog {
  readonly period: Period;
  readonly entries: LearningEntry[];
  /** Closures that recorded that nothing new was learned. */
  readonly noneIdentified: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byRootCause: Readonly<Record<string, number>>;
}

/** Learning and service-improvement actions from closures in a period, linked to their themes. */
export async function learningLog(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  filter: { category?: string; rootCause?: string } = {},
): Promise<LearningLog> {
  let query = db
    .selectFrom('rm_learning')
    .selectAll()
    .where('closed_on', '>=', period.from)
    .where('closed_on', '<=', period.to);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.rootCause) query = query.where('root_cause', '=', filter.rootCause);
  const closures = await query
    .orderBy('closed_on')
    .orderBy('complaint_id')
    .orderBy('closure_no')
    .execute();
  // One query for the actions of every closure listed (rather than one per batch of ids).
  const actionRows = await db
    .selectFrom('rm_actions')
    .selectAll()
    .where('kind', '=', 'learning')
    .where('complaint_id', 'in', (sub) =>
      sub
        .selectFrom('rm_learning')
        .select('complaint_id')
        .where('closed_on', '>=', period.from)
        .where('closed_on', '<=', period.to),
    )
    .orderBy('complaint_id')
    .orderBy('action_id')
    .execute();
  const actions = new Map<string, LearningAction[]>();
  for (const a of actionRows) {
    const list = actions.get(a.complaint_id) ?? [];
    list.push({
      actionId: a.action_id,
      description: a.description,
      owner: a.owner,
      dueOn: a.due_on,
      completedOn: a.completed_on,
    });
    actions.set(a.complaint_id, list);
  }
  // Learning action ids carry their closure's number (L<closure>-<n>), linking each to its closure.
  const entries = closures
    .filter((c) => c.learning !== NO_LEARNING_IDENTIFIED)
    .map((c) => ({
      complaintId: c.complaint_id,
      closedOn: c.closed_on,
      category: c.category,
      subCategory: c.sub_category,
      rootCause: c.root_cause,
      learning: c.learning,
      actions: (actions.get(c.complaint_id) ?? []).filter((a) =>
        a.actionId.startsWith(`L${c.closure_no}-`),
      ),
    }));
  const tally = (key: (e: LearningEntry) => string) =>
    entries.reduce<Record<string, number>>(
      (acc, e) => ({ ...acc, [key(e)]: (acc[key(e)] ?? 0) + 1 }),
      {},
    );
  return {
    period,
    entries,
    noneIdentified: closures.length - entries.length,
    byCategory: tally((e) => e.category),
    byRootCause: tally((e) => e.rootCause),
  };
}
