/**
 * Calendar dates as whole day numbers (days since 1970-01-01), in proleptic Gregorian arithmetic.
 * Working-day reports run these conversions millions of times, so they avoid `Date` objects;
 * `Date.UTC` also maps years 0–99 to 1900–1999, a trap pure arithmetic does not have.
 * The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), in 400-year eras of 146,097 days.
 */

// A module-level alias: reports run these millions of times, and inside a vm sandbox (Jest)
// each `Math` global lookup costs ~25× more than a local one.
const { floor } = Math;
const DAYS_PER_ERA = 146_097;
/** Day number of 0000-03-01 counted back from 1970-01-01: the algorithm starts years in March. */
const EPOCH_SHIFT = 719_468;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a calendar date; `month` is 1–12. The caller validates the date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Counting years from March puts the leap day last, so day-of-year needs no leap test.
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** Calendar date `[year, month (1–12), day]` of a day number. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + EPOCH_SHIFT;
  const era = floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const marchMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

/** 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
