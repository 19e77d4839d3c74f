import { sql, type Kysely } from 'kysely';
import type { LocalDate } from '@redress/complaints';
import type { Period } from '../../periods/reporting-period';
import type { ReadModelDatabase } from '../../schema/read-model-tables';
import { percentage } from '../figures';

/** One Awaab's Law step for one hazard type: how its clocks that fell due in the period ended. */
export interface HazardStepCompliance {
  readonly step: string;
  /** The regulation behind the clock (SI 2025/1042 Reg 6, 9, 11(2)(a), 13(2), 13(3)(b), 13(4)). */
  readonly provision: string;
  readonly hazardType: string;
  /** Done on or before the due date (hour clocks: the due instant). */
  readonly metInTime: number;
  /** Done late, or not done and the due date passed before `asOf`. */
  readonly missed: number;
  /** Of the missed, those still not done. */
  readonly missedStillOpen: number;
  /** Not done, not yet overdue. */
  readonly open: number;
  /** Stopped by a finding of no hazard: neither met nor missed. */
  readonly cancelled: number;
  /** Met in time as a share of the clocks judged (met + missed); null when none. */
  readonly metPercentage: number | null;
  /** Missed clocks with the reasonable endeavours defence recorded (they stay missed). */
  readonly reasonableEndeavours: number;
}

export interface HazardComplianceReport {
  readonly period: Period;
  readonly asOf: LocalDate;
  readonly rows: HazardStepCompliance[];
}

/** Order of the steps in the regulations, so the table reads as the case runs. */
const STEP_ORDER = [
  'EMERGENCY_INVESTIGATION',
  'EMERGENCY_MAKE_SAFE',
  'INVESTIGATION',
  'WRITTEN_SUMMARY',
  'SAFETY_WORK',
  'PREVENTATIVE_WORK_START',
  'PREVENTATIVE_WORK_COMPLETION',
];

/**
 * Hazard-clock compliance by step and hazard type: every clock that fell due in the period,
 * judged as of `asOf`. A clock still open is judged by its due date (an hour clock's due date is
 * the London date of its due instant), so on the day it falls due it is still open.
 */
export async function hazardCompliance(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  asOf: LocalDate,
): Promise<HazardComplianceReport> {
  const overdue = sql<boolean>`(s.outcome is null and s.due_on < ${asOf})`;
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`sum(case when ${condition} then 1 else 0 end)`;
  const { rows } = await sql<{
    step: string;
    provision: string;
    hazard_type: string | null;
    met: number | string;
    missed: number | string;
    missed_open: number | string;
    open: number | string;
    cancelled: number | string;
    defended: number | string;
  }>`
    select s.step, s.provision, c.hazard_type,
      ${count(sql`s.outcome = 'met'`)} as met,
      ${count(sql`(s.outcome = 'missed' or ${overdue})`)} as missed,
      ${count(overdue)} as missed_open,
      ${count(sql`(s.outcome is null and s.due_on >= ${asOf})`)} as open,
      ${count(sql`s.outcome = 'cancelled'`)} as cancelled,
      ${count(sql`((s.outcome = 'missed' or ${overdue}) and s.reasonable_endeavours = 1)`)} as defended
    from rm_hazard_steps s join rm_hazard_cases c on c.hazard_id = s.hazard_id
    where s.due_on between ${period.from} and ${period.to}
    group by s.step, s.provision, c.hazard_type`.execute(db);
  const result = rows.map((r): HazardStepCompliance => {
    const [met, missed] = [Number(r.met), Number(r.missed)];
    return {
      step: r.step,
      provision: r.provision,
      hazardType: r.hazard_type ?? 'UNCLASSIFIED',
      metInTime: met,
      missed,
      missedStillOpen: Number(r.missed_open),
      open: Number(r.open),
      cancelled: Number(r.cancelled),
      metPercentage: percentage(met, met + missed),
      reasonableEndeavours: Number(r.defended),
    };
  });
  result.sort(
    (a, b) =>
      STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) ||
      cmp(a.provision, b.provision) ||
      cmp(a.hazardType, b.hazardType),
  );
  return { period, asOf, rows: result };
}

/** Byte order, as the databases sort (never the locale's). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
