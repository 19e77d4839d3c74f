import { sql, type SqlBool } from 'kysely';
import type { LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import { and, not, or, receivedAt, type Condition, type StageNo } from './sql-measures';

/**
 * The CH02 definitions (docs/reports.md, RSH TSM data return), written once as portable SQL
 * over `rm_complaints`. A date after the report's date has not happened yet, so every fact is
 * compared with `asOf` too: the same rows answer for any report date.
 */
const c = (stage: StageNo, name: string) => sql.ref(`s${stage}_${name}`);

export const ofTenure = (tenures: readonly string[]): Condition =>
  sql<SqlBool>`(tenure in (${sql.join(tenures.map((t) => sql.lit(t)))}))`;

/** Answered on or before the report's date. */
const answered = (stage: StageNo, asOf: LocalDate): Condition =>
  sql<SqlBool>`(${c(stage, 'responded_on')} is not null and ${c(stage, 'responded_on')} <= ${asOf})`;

/** CHC 6.2 / 6.11: acknowledged within 5 working days of receipt or of the escalation request. */
const acknowledgedInTime = (stage: StageNo, asOf: LocalDate): Condition =>
  sql<SqlBool>`(${c(stage, 'acknowledged_on')} is not null and ${c(stage, 'acknowledged_on')} <= ${asOf} and ${c(stage, 'acknowledged_on')} <= ${c(stage, 'ack_due_on')})`;

/**
 * The latest date a response is in time by: the date in force, but no later than the Code's cap
 * (CHC 6.4) unless the switch counts extensions beyond it.
 */
const permittedDueOn = (stage: StageNo, beyondCap: boolean) =>
  beyondCap
    ? c(stage, 'response_due_on')
    : sql`(case when ${c(stage, 'response_due_on')} <= ${c(stage, 'extension_cap_on')} then ${c(stage, 'response_due_on')} else ${c(stage, 'extension_cap_on')} end)`;

/**
 * Withdrawn complaints stay in the cohort only where a response fell due before the withdrawal
 * [UNCONFIRMED]: one withdrawn before its date (and not answered first) leaves it.
 */
const withdrawnBeforeDue = (stage: StageNo, asOf: LocalDate): Condition =>
  sql<SqlBool>`(withdrawn_on is not null and withdrawn_on <= ${asOf} and (${c(stage, 'responded_on')} is null or ${c(stage, 'responded_on')} > withdrawn_on) and ${c(stage, 'response_latest_on')} >= withdrawn_on)`;

/** The CH02 denominator: complaints made in the year (the CH01 numerator) less the rule above. */
export const ch02Cohort = (stage: StageNo, p: Period, asOf: LocalDate): Condition =>
  and(receivedAt(stage, p), not(withdrawnBeforeDue(stage, asOf)));

/** In time without using an extension: answered by the original date (CHC 6.2–6.3). */
export const inTimeWithoutExtension = (stage: StageNo, asOf: LocalDate): Condition =>
  and(
    answered(stage, asOf),
    acknowledgedInTime(stage, asOf),
    sql<SqlBool>`(${c(stage, 'responded_on')} <= ${c(stage, 'response_original_due_on')})`,
  );

/** In time using a notified extension the Code permits (CHC 6.4), or any with the switch on. */
export const inTimeWithExtension = (
  stage: StageNo,
  asOf: LocalDate,
  beyondCap: boolean,
): Condition =>
  and(
    answered(stage, asOf),
    acknowledgedInTime(stage, asOf),
    sql<SqlBool>`(${c(stage, 'extensions')} > 0 and ${c(stage, 'responded_on')} > ${c(stage, 'response_original_due_on')} and ${c(stage, 'responded_on')} <= ${permittedDueOn(stage, beyondCap)})`,
  );

/**
 * Not answered by the report's date and still able to be in time: not yet acknowledged with the
 * acknowledgement not yet due, or acknowledged in time with the response not yet due.
 */
export const notYetDue = (stage: StageNo, asOf: LocalDate, beyondCap: boolean): Condition => {
  const ackedBy = sql<SqlBool>`(${c(stage, 'acknowledged_on')} is not null and ${c(stage, 'acknowledged_on')} <= ${asOf})`;
  return and(
    not(answered(stage, asOf)),
    sql<SqlBool>`(withdrawn_on is null or withdrawn_on > ${asOf})`,
    or(
      and(not(ackedBy), sql<SqlBool>`(${c(stage, 'ack_due_on')} >= ${asOf})`),
      and(
        acknowledgedInTime(stage, asOf),
        sql<SqlBool>`(${asOf} <= ${permittedDueOn(stage, beyondCap)})`,
      ),
    ),
  );
};

/**
 * Which CH02 count a complaint received (or escalated) in the report's period falls in, as one
 * expression, so a scan can group by it instead of evaluating each condition above for each
 * count: `left` (not in the cohort: withdrawn before a response fell due, or not known to be
 * otherwise, as `ch02Cohort` has it), `without`, `with`, `notYetDue`, or `cohort` (in the
 * cohort, in none of those: not in time). The branches are the conditions above, which are
 * exclusive within the cohort (answered by the original date, answered after it within an
 * extension, or not answered yet).
 */
export const ch02Class = (stage: StageNo, asOf: LocalDate, beyondCap: boolean) =>
  sql<string>`(case
    when (${withdrawnBeforeDue(stage, asOf)}) is not false then 'left'
    when ${inTimeWithoutExtension(stage, asOf)} then 'without'
    when ${inTimeWithExtension(stage, asOf, beyondCap)} then 'with'
    when ${notYetDue(stage, asOf, beyondCap)} then 'notYetDue'
    else 'cohort' end)`;
