import type { LocalDate } from '@redress/complaints';
import { isReportingYear, previousReportingYear, reportingYearOf } from '@redress/read-models';
import { FormErrors } from '../../actions/form-errors';

/** How many reporting years the choosers offer: this one and the four before it. */
const YEARS_OFFERED = 5;

export interface YearChoice {
  /** The year to report on; undefined when the one asked for is not a reporting year. */
  readonly year: string | undefined;
  readonly options: { value: string; text: string; selected: boolean }[];
  readonly errors: FormErrors;
}

/**
 * The reporting year a report page shows: `?year=2024/25`, or the one today falls in. The
 * chooser is a GET form (it works without JavaScript and the page can be bookmarked); a year
 * typed into the address wrongly is said so on the page, and no figures are shown.
 */
export function chooseYear(asked: unknown, today: LocalDate): YearChoice {
  const errors = new FormErrors();
  const current = reportingYearOf(today);
  let year: string | undefined = current;
  if (asked !== undefined && asked !== '') {
    year = typeof asked === 'string' && isReportingYear(asked) ? asked : undefined;
    if (!year) errors.add('year', 'Choose a reporting year, written like 2024/25');
  }
  const offered = [current];
  while (offered.length < YEARS_OFFERED) offered.push(previousReportingYear(offered.at(-1)!));
  if (year && !offered.includes(year)) offered.push(year);
  return {
    year,
    options: offered.map((value) => ({
      value,
      text: yearLabel(value),
      selected: value === year,
    })),
    errors,
  };
}

/** 2024/25 → "2024/25 (1 April 2024 to 31 March 2025)". */
export function yearLabel(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${year} (1 April ${start} to 31 March ${start + 1})`;
}
