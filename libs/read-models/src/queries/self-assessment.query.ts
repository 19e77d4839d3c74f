import { sql, type Kysely, type SqlBool } from 'kysely';
import { addCalendarDays, type LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { percentage } from './figures';
import { offersToComplain, type OffersToComplainEvidence } from './offers-to-complain.query';
import { and, countAll, or, receivedAt, respondedAt, within, type Condition } from './sql-measures';

export interface Shortfall {
  readonly complaintId: string;
  readonly detail: string;
}

/** One row of the Code's Appendix A "Evidence" column, measured from the events. */
export interface EvidenceRow {
  readonly provision: string;
  readonly requirement: string;
  readonly measure: string;
  readonly met: number;
  readonly of: number;
  readonly percentage: number | null;
  /** How many fall short (the list below may be cut short). */
  readonly shortfallCount: number;
  /** The complaints that fall short, for the commentary and the action plan; at most `shortfallsListed`. */
  readonly shortfalls: Shortfall[];
}

export interface SelfAssessmentEvidence {
  readonly period: Period;
  /** Open deadlines are judged as of this date (today, or the day after the period ends). */
  readonly asOf: LocalDate;
  readonly rows: EvidenceRow[];
  /** CHC 1.3, 1.5: offers of the choice to complain made in the period, accepted or declined. */
  readonly offersToComplain: OffersToComplainEvidence;
}

/**
 * A provision measured over a population of complaints (or, for `actions`, of tracked actions):
 * which are judged at all, which fall short, and what to say about each one that does.
 */
interface Measure {
  readonly provision: string;
  readonly requirement: string;
  readonly measure: string;
  readonly table?: 'rm_complaints' | 'rm_actions';
  readonly population: Condition;
  readonly short: Condition;
  readonly detail: (row: Record<string, string | number | null>) => string;
  /** The columns `detail` reads. */
  readonly columns?: readonly string[];
}

/** Done late, or still open past its date: a shortfall. Open and not yet due: not judged. */
function timely(done: string, due: string, asOf: LocalDate) {
  const [d, u] = [sql.ref(done), sql.ref(due)];
  return {
    judged: sql<boolean>`(${u} is not null and (${d} is not null or ${u} < ${asOf}))`,
    short: sql<boolean>`((${d} is null and ${u} < ${asOf}) or ${d} > ${u})`,
    detail: (r: Record<string, string | number | null>) =>
      r[done] === null ? `not done; due ${r[due]}` : `done ${r[done]}; due ${r[due]}`,
    columns: [done, due],
  };
}

function measures(p: Period, asOf: LocalDate): Measure[] {
  const timed = (
    provision: string,
    requirement: string,
    measure: string,
    candidates: Condition,
    done: string,
    due: string,
  ): Measure => {
    const t = timely(done, due, asOf);
    return {
      provision,
      requirement,
      measure,
      population: and(candidates, t.judged),
      short: t.short,
      detail: t.detail,
      columns: t.columns,
    };
  };
  const extended1 = sql<boolean>`(s1_extensions > 0 and (${within('s1_responded_on', p)} or (s1_responded_on is null and ${within('received_on', p)})))`;
  const action = (kind: string) =>
    sql<boolean>`(kind = ${kind} and due_on between ${p.from} and ${p.to})`;
  const actionTimely = timely('completed_on', 'due_on', asOf);
  return [
    {
      provision: '2.4',
      requirement:
        'A complaint not accepted is explained, with the right to take the decision to the Ombudsman',
      measure:
        'Complaints not accepted with a recorded explanation, evidence and Ombudsman rights (required by Redress)',
      population: within('not_accepted_on', p),
      short: sql`exclusion_code is null`,
      detail: () => 'no exclusion recorded',
    },
    timed(
      '6.2',
      'Stage 1 acknowledged, defined and logged within 5 working days of receipt',
      'Stage 1 complaints received in the period acknowledged by the due date',
      receivedAt(1, p),
      's1_acknowledged_on',
      's1_ack_due_on',
    ),
    timed(
      '6.3',
      'Stage 1 response within 10 working days of acknowledgement',
      'Stage 1 responses in the period issued by the date in force (10 working days, or a notified extension)',
      respondedAt(1, p),
      's1_responded_on',
      's1_response_due_on',
    ),
    {
      provision: '6.4',
      requirement: 'Stage 1 extensions no longer than 10 working days without good reason',
      measure: 'Extended Stage 1 complaints whose extensions stayed within the cap',
      population: extended1,
      short: sql`s1_extension_over_cap = 1`,
      detail: () => 'extended beyond 10 working days (good reason recorded)',
    },
    {
      provision: '6.5',
      requirement:
        "Extensions explained to the resident with the Ombudsman's contact details, within the original timescale",
      measure:
        'Extensions notified before the original due date with Ombudsman details (required by Redress)',
      population: extended1,
      short: sql`s1_response_original_due_on is null`,
      detail: () => 'no original due date',
    },
    timed(
      '6.11',
      'Stage 2 acknowledged, defined and logged within 5 working days of the escalation request',
      'Stage 2 complaints received in the period acknowledged by the due date',
      receivedAt(2, p),
      's2_acknowledged_on',
      's2_ack_due_on',
    ),
    {
      provision: '6.12',
      requirement: 'Residents are not required to explain why they want Stage 2',
      measure: 'Escalation requests in the period taken to Stage 2 (refusals listed for review)',
      population: within('escalation_requested_on', p),
      short: sql`escalation_refused_on is not null`,
      detail: (r) =>
        `escalation refused: ${String(r.escalation_refusal_code ?? 'no reason recorded')
          .toLowerCase()
          .replace(/_/g, ' ')}`,
      columns: ['escalation_refusal_code'],
    },
    {
      provision: '6.13',
      requirement: 'The Stage 2 handler is not the person who considered the complaint at Stage 1',
      measure: 'Stage 2 complaints in the period handled by someone independent of Stage 1',
      population: receivedAt(2, p),
      short: sql`s2_handler_was_stage1 = 1`,
      detail: (r) => `handled at Stage 2 by ${r.s2_handler}, who handled Stage 1`,
      columns: ['s2_handler'],
    },
    timed(
      'Stage 2 response',
      'Stage 2 final response within 20 working days of acknowledgement',
      'Stage 2 responses in the period issued by the date in force (20 working days, or a notified extension)',
      respondedAt(2, p),
      's2_responded_on',
      's2_response_due_on',
    ),
    {
      provision: '7.3',
      requirement:
        'Remedies say what will happen and by when, and are followed through to completion',
      measure: 'Remedy actions due in the period completed by their date',
      table: 'rm_actions',
      population: and(action('remedy'), actionTimely.judged),
      short: actionTimely.short,
      detail: (r) => `${r.action_id} ${actionTimely.detail(r)}`,
      columns: ['action_id', ...actionTimely.columns],
    },
    {
      provision: '9.1',
      requirement: 'Learning from complaints leads to service improvements',
      measure: 'Service-improvement actions due in the period completed by their date',
      table: 'rm_actions',
      population: and(action('learning'), actionTimely.judged),
      short: actionTimely.short,
      detail: (r) => `${r.action_id} ${actionTimely.detail(r)}`,
      columns: ['action_id', ...actionTimely.columns],
    },
    {
      provision: '9.7',
      requirement: 'The governing body receives volumes, categories, outcomes and root causes',
      measure:
        'Stage 1 complaints received in the period with category, root cause and outcome recorded (closed)',
      population: and(
        receivedAt(1, p),
        sql`(root_cause is not null or s1_responded_on is not null)`,
      ),
      short: sql`root_cause is null`,
      detail: () => 'responded but not closed: no category or root cause',
    },
  ];
}

/** The day open deadlines are judged on: today, or the day after a period already over. */
export const evidenceAsOf = (period: Period, today: LocalDate): LocalDate =>
  today < period.to ? today : addCalendarDays(period.to, 1);

/**
 * The complaints falling short of one provision's measure, as a condition on `rm_complaints`
 * (for a measure of actions: the complaints the actions belong to); undefined for an unknown
 * provision. `today` as `selfAssessmentEvidence` takes it.
 */
export function selfAssessmentShortfall(
  provision: string,
  period: Period,
  today: LocalDate,
): Condition | undefined {
  const m = measures(period, evidenceAsOf(period, today)).find((x) => x.provision === provision);
  if (!m) return undefined;
  const short = and(m.population, m.short);
  return (m.table ?? 'rm_complaints') === 'rm_complaints'
    ? short
    : sql<SqlBool>`(complaint_id in (select complaint_id from rm_actions where ${short}))`;
}

/** Evidence for every provision events can measure, for a period. */
export async function selfAssessmentEvidence(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  today: LocalDate,
  options: { readonly shortfallsListed?: number } = {},
): Promise<SelfAssessmentEvidence> {
  const listed = options.shortfallsListed ?? 1_000;
  const asOf = evidenceAsOf(period, today);
  const list = measures(period, asOf);
  // Every population and its shortfalls counted in one scan per table.
  const population = async (table: 'rm_complaints' | 'rm_actions') =>
    countAll(
      db,
      Object.fromEntries(
        list.flatMap((m, i) =>
          (m.table ?? 'rm_complaints') === table
            ? [
                [`m${i}`, m.population],
                [`s${i}`, and(m.population, m.short)],
              ]
            : [],
        ),
      ),
      table,
    );
  const sizes = { ...(await population('rm_complaints')), ...(await population('rm_actions')) };
  // None listed (the dashboard's counts): the rows falling short are not read at all.
  const short =
    listed === 0
      ? {}
      : {
          ...(await shortfalls(db, list, 'rm_complaints')),
          ...(await shortfalls(db, list, 'rm_actions')),
        };
  const rows = list.map((m, i): EvidenceRow => {
    const of = sizes[`m${i}`] ?? 0;
    const shortfallCount = sizes[`s${i}`] ?? 0;
    const met = of - shortfallCount;
    return {
      provision: m.provision,
      requirement: m.requirement,
      measure: m.measure,
      met,
      of,
      percentage: percentage(met, of),
      shortfallCount,
      shortfalls: (short[i] ?? [])
        .slice(0, listed)
        .map((r) => ({ complaintId: String(r.complaint_id), detail: m.detail(r) })),
    };
  });
  return { period, asOf, rows, offersToComplain: await offersToComplain(db, period, listed) };
}

type Row = Record<string, string | number | null>;

/**
 * The shortfalls of every measure on one table in a single scan: each row says which measures it
 * falls short of. (Walking a date index and looking each row up cost more than reading the table.)
 */
async function shortfalls(
  db: Kysely<ReadModelDatabase>,
  list: readonly Measure[],
  table: 'rm_complaints' | 'rm_actions',
): Promise<Record<number, Row[]>> {
  const mine = list.flatMap((m, i) => ((m.table ?? 'rm_complaints') === table ? [{ m, i }] : []));
  if (mine.length === 0) return {};
  const columns = [...new Set(['complaint_id', ...mine.flatMap(({ m }) => m.columns ?? [])])];
  const flags = mine.map(
    ({ m, i }) =>
      sql`case when ${and(m.population, m.short)} then 1 else 0 end as ${sql.ref(`f${i}`)}`,
  );
  const found = (
    await sql<Row>`
      select ${sql.join(columns.map((c) => sql.ref(c)))}, ${sql.join(flags)}
      from ${sql.table(table)} where ${or(...mine.map(({ m }) => and(m.population, m.short)))}`.execute(
      db,
    )
  ).rows.sort((a, b) => (String(a.complaint_id) < String(b.complaint_id) ? -1 : 1));
  return Object.fromEntries(
    mine.map(({ i }) => [i, found.filter((r) => Number(r[`f${i}`]) === 1)]),
  );
}
