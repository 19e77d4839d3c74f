import { addCalendarDays, type LocalDate } from '@redress/complaints';
import {
  isReportingYear,
  previousReportingYear,
  reportingYear,
  reportingYearOf,
  type Period,
} from '@redress/read-models';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The period chosen on the dashboard and the one before it, shown side by side. */
export interface DashboardPeriods {
  readonly kind: PeriodKind;
  readonly year: string;
  /** 1–4 (Q1 is April to June), for a quarter. */
  readonly quarter: number;
  /** 1–12, a calendar month of the reporting year, for a month. */
  readonly month: number;
  readonly current: Period;
  readonly previous: Period;
}

const MONTH_NAMES = [
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

/** The last day of a calendar month. */
const monthEnd = (year: number, month: number): LocalDate =>
  addCalendarDays(`${month === 12 ? year + 1 : year}-${pad(month === 12 ? 1 : month + 1)}-01`, -1);
const pad = (n: number) => String(n).padStart(2, '0');

function monthPeriod(start: number, month: number): Period {
  // A reporting year runs April to March: January to March fall in its second calendar year.
  const year = month >= 4 ? start : start + 1;
  return {
    label: `${MONTH_NAMES[month - 1]} ${year}`,
    from: `${year}-${pad(month)}-01`,
    to: monthEnd(year, month),
  };
}

function quarterPeriod(label: string, quarter: number): Period {
  const start = Number(label.slice(0, 4));
  const first = monthPeriod(start, (((quarter - 1) * 3 + 3) % 12) + 1);
  const last = monthPeriod(start, (((quarter - 1) * 3 + 5) % 12) + 1);
  return { label: `${label} Q${quarter}`, from: first.from, to: last.to };
}

/**
 * The period asked for in the query string: a reporting year (the default, the one today falls
 * in), a quarter of it or a month of it. Returns what is wrong in plain words when it is not one.
 */
export function dashboardPeriods(
  query: Record<string, string | undefined>,
  today: LocalDate,
): DashboardPeriods | { readonly error: string; readonly field: string } {
  const kind = (query.period ?? 'year') as PeriodKind;
  if (!['month', 'quarter', 'year'].includes(kind))
    return { field: 'period', error: 'Choose a month, a quarter or a reporting year' };
  const year = query.year || reportingYearOf(today);
  if (!isReportingYear(year))
    return { field: 'year', error: 'Choose a reporting year, for example 2025/26' };
  const start = Number(year.slice(0, 4));
  const quarter = Number(query.quarter || quarterOfToday(today, year));
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    return { field: 'quarter', error: 'Choose a quarter from Q1 (April to June) to Q4' };
  const month = Number(query.month || monthOfToday(today, year));
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return { field: 'month', error: 'Choose a month' };
  const base = { kind, year, quarter, month };
  if (kind === 'year') {
    const previous = previousReportingYear(year);
    return { ...base, current: reportingYear(year), previous: reportingYear(previous) };
  }
  if (kind === 'quarter') {
    const previous =
      quarter === 1
        ? quarterPeriod(previousReportingYear(year), 4)
        : quarterPeriod(year, quarter - 1);
    return { ...base, current: quarterPeriod(year, quarter), previous };
  }
  const previous =
    month === 4 ? monthPeriod(start - 1, 3) : monthPeriod(start, month === 1 ? 12 : month - 1);
  return { ...base, current: monthPeriod(start, month), previous };
}

/** The quarter today is in, when the year is this one; Q1 otherwise. */
function quarterOfToday(today: LocalDate, year: string): number {
  if (reportingYearOf(today) !== year) return 1;
  return Math.floor(((Number(today.slice(5, 7)) + 8) % 12) / 3) + 1;
}

function monthOfToday(today: LocalDate, year: string): number {
  return reportingYearOf(today) === year ? Number(today.slice(5, 7)) : 4;
}

/** The reporting years offered: from five years before this one to this one, newest first. */
export function yearsOffered(today: LocalDate): string[] {
  const years = [reportingYearOf(today)];
  while (years.length < 6) years.push(previousReportingYear(years[years.length - 1]!));
  return years;
}

/** The months of a reporting year in order, April first. */
export const REPORTING_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].map((m) => ({
  value: m,
  text: MONTH_NAMES[m - 1]!,
}));
