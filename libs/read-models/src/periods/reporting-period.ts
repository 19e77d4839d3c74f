import { addCalendarDays, isLocalDate, type LocalDate } from '@redress/complaints';

/**
 * Reporting years run 1 April to 31 March (the TSM and Ombudsman year, domain doc §9) and are
 * written `2023/24`.
 */
export interface Period {
  readonly label: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const YEAR = /^(\d{4})\/(\d{2})$/;

export function isReportingYear(text: string): boolean {
  const m = YEAR.exec(text);
  return (
    !!m && (Number(m[1]) + 1) % 100 === Number(m[2]) && Number(m[1]) >= 2000 && Number(m[1]) < 2099
  );
}

export function reportingYear(label: string): Period {
  if (!isReportingYear(label))
    throw new RangeError(`Not a reporting year: ${label} (expected e.g. 2023/24)`);
  const start = Number(label.slice(0, 4));
  return { label, from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

export function reportingYearOf(date: LocalDate): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function previousReportingYear(label: string): string {
  const start = Number(reportingYear(label).from.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Financial quarters: Q1 is April to June. */
export function quarterOf(date: LocalDate): string {
  const month = Number(date.slice(5, 7));
  return `${reportingYearOf(date)} Q${Math.floor(((month + 8) % 12) / 3) + 1}`;
}

export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

export function customPeriod(from: LocalDate, to: LocalDate): Period {
  if (!isLocalDate(from) || !isLocalDate(to) || to < from) {
    throw new RangeError(`Not a period: ${from} to ${to}`);
  }
  return { label: `${from} to ${to}`, from, to };
}

/**
 * The least period holding all of `periods`: one date range, so a scan filtered by it walks a
 * date's index once (an OR of ranges can keep SQLite from using the index at all).
 */
export function spanning(periods: readonly Period[]): Period {
  if (periods.some(isAllTime)) return ALL_TIME;
  const from = periods.map((p) => p.from).reduce((a, b) => (b < a ? b : a));
  const to = periods.map((p) => p.to).reduce((a, b) => (b > a ? b : a));
  return customPeriod(from, to);
}

/** Every date there is: the window of a report over the whole history. */
export const ALL_TIME: Period = { label: 'all', from: '0000-01-01', to: '9999-12-31' };

export function isAllTime(p: Period): boolean {
  return p.from <= ALL_TIME.from && p.to >= ALL_TIME.to;
}

/** A window open at either end: a missing bound is the start or the end of all time. */
export function openPeriod(from?: LocalDate, to?: LocalDate): Period {
  if (from === undefined && to === undefined) return ALL_TIME;
  return {
    label: `${from ?? ''}..${to ?? ''}`,
    from: from ?? ALL_TIME.from,
    to: to ?? ALL_TIME.to,
  };
}

export function within(date: LocalDate | null | undefined, period: Period): date is LocalDate {
  return !!date && date >= period.from && date <= period.to;
}

/** The day after a period, for "as of the end of the period" judgements. */
export function dayAfter(period: Period): LocalDate {
  return addCalendarDays(period.to, 1);
}
