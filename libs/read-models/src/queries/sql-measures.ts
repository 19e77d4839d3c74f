import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isAllTime, type Period } from '../periods/reporting-period';
import type { ComplaintsTable, ReadModelDatabase } from '../schema/read-model-tables';

/**
 * The report definitions (docs/reports.md), written once as SQL over `rm_complaints` so every
 * report counts in the database: one scan computes many figures, and no row is turned into an
 * object just to be counted. Stage 1 columns are `s1_*`, Stage 2 `s2_*`.
 */
export type StageNo = 1 | 2;
export type Condition = RawBuilder<SqlBool>;
type Column = keyof ComplaintsTable & string;

const col = (name: Column) => sql.ref(name);
const s = (stage: StageNo, name: string) => col(`s${stage}_${name}` as Column);

/** A date column inside a period; over all time it is just "has a date", which needs no index walk. */
export const within = (column: Column, p: Period): Condition =>
  isAllTime(p)
    ? sql<SqlBool>`(${col(column)} is not null)`
    : sql<SqlBool>`(${col(column)} between ${p.from} and ${p.to})`;

export const and = (...conditions: Condition[]): Condition =>
  sql<SqlBool>`(${sql.join(conditions, sql` and `)})`;
export const or = (...conditions: Condition[]): Condition =>
  sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
export const not = (condition: Condition): Condition => sql<SqlBool>`(not ${condition})`;

/** Stage 1: received and accepted (refusals are reported apart). Stage 2: asked for and not refused. */
export function receivedAt(stage: StageNo, p: Period): Condition {
  return stage === 1
    ? sql<SqlBool>`(${within('received_on', p)} and not_accepted_on is null)`
    : sql<SqlBool>`(${within('escalation_requested_on', p)} and escalation_refused_on is null)`;
}

export const acknowledgedAt = (stage: StageNo, p: Period): Condition =>
  within(`s${stage}_acknowledged_on` as Column, p);
export const respondedAt = (stage: StageNo, p: Period): Condition =>
  within(`s${stage}_responded_on` as Column, p);

/** CHC 6.2 / 6.11: acknowledged on or before the fifth working day. */
export const acknowledgedInTime = (stage: StageNo): Condition =>
  sql<SqlBool>`(${s(stage, 'acknowledged_on')} is not null and ${s(stage, 'acknowledged_on')} <= ${s(stage, 'ack_due_on')})`;

/**
 * Acknowledged in time and responded by the original date, or by a notified extension within
 * the Code's cap (CHC 6.4); beyond the cap only when the switch says so. The same rule as CH02,
 * applied here to responses issued in a period.
 */
export const respondedInTime = (stage: StageNo, beyondCap: boolean): Condition => {
  const due = s(stage, 'response_due_on');
  const cap = s(stage, 'extension_cap_on');
  const permitted = beyondCap ? due : sql`(case when ${due} <= ${cap} then ${due} else ${cap} end)`;
  return sql<SqlBool>`(${acknowledgedInTime(stage)} and ${s(stage, 'responded_on')} <= ${permitted})`;
};

export const extended = (stage: StageNo): Condition =>
  sql<SqlBool>`(${s(stage, 'extensions')} > 0)`;

/**
 * Many counts in one scan: `{ name: condition }` in, `{ name: count }` out. `among`, when given,
 * is a condition every one of them implies (the rows of the period): the counts are the same,
 * but only those rows are read, through an index, not the whole table.
 */
export async function countAll<K extends string>(
  db: Kysely<ReadModelDatabase>,
  conditions: Readonly<Record<K, Condition>>,
  table: 'rm_complaints' | 'rm_actions' = 'rm_complaints',
  among?: Condition,
): Promise<Record<K, number>> {
  const entries = Object.entries(conditions) as [K, Condition][];
  let query = db
    .selectFrom(table)
    .select(
      entries.map(([name, c]) =>
        sql<number>`coalesce(sum(case when ${c} then 1 else 0 end), 0)`.as(name),
      ),
    );
  if (among) query = query.where(among);
  const row = (await query.executeTakeFirstOrThrow()) as Record<K, number>;
  return Object.fromEntries(entries.map(([name]) => [name, Number(row[name])])) as Record<
    K,
    number
  >;
}

export interface Tally {
  readonly key: string;
  readonly current: number;
  readonly previous: number;
}

/**
 * Counts by a key for two conditions (this year, last year), largest this year first. A null key
 * is `NOT_RECORDED` when `recorded` is given, and left out otherwise.
 */
export async function tallyBy(
  db: Kysely<ReadModelDatabase>,
  key: RawBuilder<string | null>,
  current: Condition,
  previous: Condition,
): Promise<Tally[]> {
  return (await tallyEachBy(db, { key }, current, previous)).key;
}

/**
 * `tallyBy` for several keys over the same two conditions, in one scan: the rows are grouped by
 * every key together and each key's tally summed from those groups.
 */
export async function tallyEachBy<K extends string>(
  db: Kysely<ReadModelDatabase>,
  keys: Readonly<Record<K, RawBuilder<string | null>>>,
  current: Condition,
  previous: Condition,
): Promise<Record<K, Tally[]>> {
  const names = Object.keys(keys) as K[];
  const rows = (await db
    .selectFrom('rm_complaints')
    .select([
      ...names.map((name, i) => keys[name].as(`k${i}`)),
      sql<number>`sum(case when ${current} then 1 else 0 end)`.as('current'),
      sql<number>`sum(case when ${previous} then 1 else 0 end)`.as('previous'),
    ])
    .where(or(current, previous))
    .groupBy(names.map((_, i) => sql`${sql.raw(String(i + 1))}`))
    .execute()) as unknown as Record<string, string | number | null>[];
  return Object.fromEntries(
    names.map((name, i) => {
      const tallies = new Map<string, { current: number; previous: number }>();
      for (const row of rows) {
        const key = row[`k${i}`];
        if (key === null || key === undefined) continue;
        const t = tallies.get(String(key)) ?? { current: 0, previous: 0 };
        t.current += Number(row.current);
        t.previous += Number(row.previous);
        tallies.set(String(key), t);
      }
      const sorted = [...tallies].map(([key, t]) => ({ key, ...t }));
      sorted.sort(
        (a, b) => b.current - a.current || b.previous - a.previous || (a.key < b.key ? -1 : 1),
      );
      return [name, sorted];
    }),
  ) as Record<K, Tally[]>;
}

export const NOT_RECORDED = 'NOT_RECORDED';
export const orNotRecorded = (column: Column): RawBuilder<string> =>
  sql<string>`coalesce(${col(column)}, ${NOT_RECORDED})`;
export const column = (name: Column): RawBuilder<string | null> => sql<string | null>`${col(name)}`;
