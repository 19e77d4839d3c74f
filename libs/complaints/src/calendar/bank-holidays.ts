import Holidays from 'date-holidays';
import { CalendarFileError } from './calendar-file-error';
import { compareLocalDates, dayOfWeek, isLocalDate, type LocalDate } from './local-date';

export { CalendarFileError } from './calendar-file-error';

/**
 * The Code and TSMs apply to England only, so the calendar is England and Wales (domain
 * reference §6). 'observance' days (Mother's Day, Easter Sunday…) are not bank holidays.
 */
const ENGLAND_AND_WALES = new Holidays('GB', 'ENG');
const BANK_HOLIDAY_TYPES = new Set(['public', 'bank']);
const byYear = new Map<number, readonly LocalDate[]>();

/**
 * England and Wales bank holidays of `year`, weekdays only, sorted, from `date-holidays`.
 * date-holidays also lists a holiday on the weekend day it nominally falls on (Sat 26 Dec 2026)
 * besides its substitute weekday (Mon 28 Dec); GOV.UK lists only the weekday, and a weekend
 * holiday displaces no working day, so weekend dates are dropped.
 * date-holidays 3.37 knows 2020–2023's one-offs but not older ones (31 Dec 1999, 3–4 Jun 2002,
 * 29 Apr 2011, 4 Jun 2012), nor future ones until a release adds them: hence the GOV.UK file.
 */
export function englandAndWalesBankHolidays(year: number): LocalDate[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`year must be an integer from 1 to 9999, got ${year}`);
  }
  let dates = byYear.get(year);
  if (!dates) {
    // `date` is the local calendar date ("2024-12-25 00:00:00"); `start` is an instant and
    // would need time-zone care, so it is not used.
    const listed = ENGLAND_AND_WALES.getHolidays(year)
      .filter((h) => BANK_HOLIDAY_TYPES.has(h.type))
      .map((h) => h.date.slice(0, 10));
    dates = normaliseHolidays(listed);
    byYear.set(year, dates);
  }
  return [...dates];
}

/** Deduplicated, sorted weekday dates: the form every holiday source is reduced to. */
export function normaliseHolidays(dates: Iterable<LocalDate>): LocalDate[] {
  const weekdays = [...new Set(dates)].filter((d) => dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
  return weekdays.sort(compareLocalDates);
}

/**
 * Parses GOV.UK's https://www.gov.uk/bank-holidays.json (divisions 'england-and-wales',
 * 'scotland', 'northern-ireland', each `{ division, events: [{ title, date, notes, bunting }] }`)
 * into one division's dates grouped by year. GOV.UK announces one-offs (Jubilee 2022,
 * Coronation 2023) before any library release, which is why the calendar accepts this file.
 */
export function parseGovUkBankHolidays(
  json: unknown,
  division = 'england-and-wales',
): Map<number, LocalDate[]> {
  if (!isRecord(json)) throw invalid('the top level must be an object keyed by division');
  const entry = json[division];
  if (!isRecord(entry)) {
    const known = Object.keys(json).join(', ') || 'none';
    throw invalid(`division "${division}" is missing (divisions found: ${known})`);
  }
  if (entry.division !== division) {
    throw invalid(`"${division}".division is ${JSON.stringify(entry.division)}, not "${division}"`);
  }
  if (!Array.isArray(entry.events)) throw invalid(`"${division}".events must be an array`);

  const grouped = new Map<number, LocalDate[]>();
  entry.events.forEach((event: unknown, i: number) => {
    const where = `"${division}".events[${i}]`;
    if (!isRecord(event)) throw invalid(`${where} must be an object`);
    if (typeof event.title !== 'string') throw invalid(`${where}.title must be a string`);
    if (!isLocalDate(event.date)) {
      throw invalid(
        `${where}.date must be a real YYYY-MM-DD date, got ${JSON.stringify(event.date)}`,
      );
    }
    const year = Number(event.date.slice(0, 4));
    grouped.set(year, [...(grouped.get(year) ?? []), event.date]);
  });

  const years = [...grouped.keys()].sort((a, b) => a - b);
  return new Map(years.map((y) => [y, [...new Set(grouped.get(y))].sort(compareLocalDates)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(detail: string): CalendarFileError {
  return new CalendarFileError(`Invalid GOV.UK bank holidays data: ${detail}`);
}
