import { sql, type SqlBool } from 'kysely';
import { NO_LEARNING_IDENTIFIED, type LocalDate } from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import { escalatedFrom } from '../reports/period-comparison';
import { selfAssessmentShortfall } from './self-assessment.query';
import {
  acknowledgedAt,
  acknowledgedInTime,
  and,
  not,
  receivedAt,
  respondedAt,
  respondedInTime,
  within,
  type Condition,
  type StageNo,
} from './sql-measures';
import { STOCK_TYPES } from './tsm.query';
import {
  ch02Cohort,
  inTimeWithExtension,
  inTimeWithoutExtension,
  notYetDue,
  ofTenure,
} from './tsm-measures';

/**
 * The complaints behind a figure: each name is the condition a report counts with (the same
 * functions, never a second definition), so a list filtered by it has as many rows as the
 * figure has complaints. Orders, findings, learning actions and shortfalls on actions count
 * things a complaint may have several of; their lists name each complaint once.
 */
export const FIGURES = [
  'received',
  'escalated',
  'acknowledged',
  'acknowledged-late',
  'responded',
  'responded-late',
  'ch02-cohort',
  'ch02-in-time',
  'ch02-not-in-time',
  'ch02-not-yet-due',
  'ombudsman-determined',
  'ombudsman-finding',
  'order-open',
  'order-complied',
  'order-overdue',
  'learning-open',
  'learning-overdue',
  'shortfall',
] as const;
export type FigureName = (typeof FIGURES)[number];

/** LCRA, LCHO, OTHER, or `combined` (LCRA + LCHO, the TSMs' combined figure). */
export const TENURE_FILTERS = [...STOCK_TYPES, 'OTHER', 'combined'] as const;
export type TenureFilter = (typeof TENURE_FILTERS)[number];

export interface FigureFilter {
  readonly name: FigureName;
  readonly period: Period;
  /** Stage 1 unless given. */
  readonly stage?: StageNo;
  /** The report's date: CH02, orders and learning actions are judged as of it. */
  readonly asOf: LocalDate;
  /** REDRESS_TSM_BEYOND_CAP_IN_TIME, as the reports use it. */
  readonly beyondCap: boolean;
  /** The finding (`ombudsman-finding`) or the provision (`shortfall`). */
  readonly value?: string;
}

export class InvalidFigureError extends Error {
  readonly code = 'INVALID_FIGURE';
}

export const tenureCondition = (tenure: TenureFilter): Condition =>
  ofTenure(tenure === 'combined' ? STOCK_TYPES : [tenure]);

export function figureCondition(f: FigureFilter): Condition {
  const { period: p, asOf, beyondCap } = f;
  const stage = f.stage ?? 1;
  const cohort = ch02Cohort(stage, p, asOf);
  const inTime = sql<SqlBool>`(${inTimeWithoutExtension(stage, asOf)} or ${inTimeWithExtension(stage, asOf, beyondCap)})`;
  switch (f.name) {
    case 'received':
      return receivedAt(stage, p);
    case 'escalated':
      return escalatedFrom(p);
    case 'acknowledged':
      return acknowledgedAt(stage, p);
    case 'acknowledged-late':
      return and(acknowledgedAt(stage, p), not(acknowledgedInTime(stage)));
    case 'responded':
      return respondedAt(stage, p);
    case 'responded-late':
      return and(respondedAt(stage, p), not(respondedInTime(stage, beyondCap)));
    case 'ch02-cohort':
      return cohort;
    case 'ch02-in-time':
      return and(cohort, inTime);
    case 'ch02-not-yet-due':
      return and(cohort, notYetDue(stage, asOf, beyondCap));
    case 'ch02-not-in-time':
      // The TSM's "not in time": the cohort less those in time and those not yet due.
      return and(cohort, not(inTime), not(notYetDue(stage, asOf, beyondCap)));
    case 'ombudsman-determined':
      return within('ombudsman_determined_on', p);
    case 'ombudsman-finding':
      return sql<SqlBool>`(complaint_id in (select complaint_id from rm_findings where determined_on between ${p.from} and ${p.to} and finding = ${required(f)}))`;
    case 'order-open':
    case 'order-complied':
    case 'order-overdue':
      return sql<SqlBool>`(complaint_id in (select complaint_id from rm_orders where ${ordersOfPeriod(p)} and ${orderState(f.name, asOf)}))`;
    case 'learning-open':
    case 'learning-overdue':
      return learningActions(p, asOf, f.name === 'learning-overdue');
    case 'shortfall': {
      const found = selfAssessmentShortfall(required(f), p, asOf);
      if (!found) throw new InvalidFigureError(`No self-assessment provision ${f.value}`);
      return found;
    }
  }
}

function required(f: FigureFilter): string {
  if (!f.value) throw new InvalidFigureError(`The figure ${f.name} needs a value`);
  return f.value;
}

/** The Ombudsman summary's orders: recorded in the period, or earlier and still open at its start. */
const ordersOfPeriod = (p: Period) =>
  sql<SqlBool>`(recorded_on between ${p.from} and ${p.to} or (recorded_on < ${p.from} and (complied_on is null or complied_on >= ${p.from})))`;

function orderState(name: 'order-open' | 'order-complied' | 'order-overdue', asOf: LocalDate) {
  const complied = sql<SqlBool>`(complied_on is not null and complied_on <= ${asOf})`;
  if (name === 'order-complied') return complied;
  return name === 'order-overdue'
    ? sql<SqlBool>`(not ${complied} and due_on < ${asOf})`
    : sql<SqlBool>`(not ${complied} and due_on >= ${asOf})`;
}

/**
 * The learning log's actions (closures in the period that learned something, each action tied
 * to its closure by its id, L<closure>-<n>) not completed; overdue when due before `asOf`.
 */
function learningActions(p: Period, asOf: LocalDate, overdue: boolean): Condition {
  const prefix = sql`('L' || l.closure_no || '-')`;
  return sql<SqlBool>`(complaint_id in (select a.complaint_id from rm_actions a join rm_learning l on l.complaint_id = a.complaint_id
    where a.kind = 'learning' and l.closed_on between ${p.from} and ${p.to} and l.learning <> ${NO_LEARNING_IDENTIFIED}
    and substr(a.action_id, 1, length(${prefix})) = ${prefix}
    and a.completed_on is null${overdue ? sql` and a.due_on < ${asOf}` : sql``}))`;
}
