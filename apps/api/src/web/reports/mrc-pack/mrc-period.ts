import { addCalendarDays, type LocalDate } from '@redress/complaints';
import {
  isReportingYear,
  monthOf,
  previousReportingYear,
  quarterOf,
  reportingYear,
  reportingYearOf,
  type Granularity,
  type Period,
} from '@redress/read-models';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface PackPeriod {
  /** What the address says: `2025/26`, `2025/26-Q2` or `2025-07`. */
  readonly value: string;
  readonly kind: Granularity;
  /** "July 2025", "Quarter 2 of 2025/26 (July to September 2025)", "2025/26". */
  readonly name: string;
  readonly period: Period;
  /** The reporting year the period falls in. */
  readonly reportingYear: string;
  /** The period of the same length just before, for "how it moved". */
  readonly previous: Period;
}

const QUARTER = /^(\d{4}\/\d{2})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month, a financial quarter (Q1 is April to June) or a reporting year; undefined if none. */
export function packPeriod(value: string): PackPeriod | undefined {
  if (isReportingYear(value)) {
    const period = reportingYear(value);
    return {
      value,
      kind: 'year',
      name: `${value} (1 April ${value.slice(0, 4)} to 31 March ${Number(value.slice(0, 4)) + 1})`,
      period,
      reportingYear: value,
      previous: reportingYear(previousReportingYear(value)),
    };
  }
  const q = QUARTER.exec(value);
  if (q && isReportingYear(q[1]!)) {
    const n = Number(q[2]);
    const from = monthStart(reportingYear(q[1]!).from, 3 * (n - 1));
    const period = { label: value, from, to: addCalendarDays(monthStart(from, 3), -1) };
    return {
      value,
      kind: 'quarter',
      name: `Quarter ${n} of ${q[1]} (${monthName(from)} to ${monthName(period.to)})`,
      period,
      reportingYear: q[1]!,
      previous: { label: 'previous', from: monthStart(from, -3), to: addCalendarDays(from, -1) },
    };
  }
  const m = MONTH.exec(value);
  if (m && Number(m[1]) >= 2000 && Number(m[1]) < 2099) {
    const from = `${value}-01`;
    const period = { label: value, from, to: addCalendarDays(monthStart(from, 1), -1) };
    return {
      value,
      kind: 'month',
      name: monthName(from),
      period,
      reportingYear: reportingYearOf(from),
      previous: { label: 'previous', from: monthStart(from, -1), to: addCalendarDays(from, -1) },
    };
  }
  return undefined;
}

/**
 * The periods the chooser offers, most recent first: this reporting year and the last, their
 * quarters begun by today, and the last twelve months.
 */
export function packPeriodsOffered(today: LocalDate): { value: string; text: string }[] {
  const year = reportingYearOf(today);
  const years = [year, previousReportingYear(year)];
  const quarters = years.flatMap((y) =>
    [4, 3, 2, 1].map((n) => `${y}-Q${n}`).filter((v) => packPeriod(v)!.period.from <= today),
  );
  const months: string[] = [];
  for (let from = `${monthOf(today)}-01`; months.length < 12; from = monthStart(from, -1))
    months.push(monthOf(from));
  return [...years, ...quarters, ...months].map((value) => ({
    value,
    text: packPeriod(value)!.name,
  }));
}

/** The first day of the month `months` after the one `date` falls in. */
function monthStart(date: LocalDate, months: number): LocalDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export function monthName(date: LocalDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** The quarter today falls in, the pack's period unless another is chosen. */
export const currentQuarter = (today: LocalDate): string => quarterOf(today).replace(' ', '-');
