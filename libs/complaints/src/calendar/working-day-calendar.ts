import { englandAndWalesBankHolidays, normaliseHolidays } from './bank-holidays';
import { civilFromDays, weekdayOfDayNumber } from './epoch-day';
import { assertLocalDate, fromDayNumber, toDayNumber, yearOf, type LocalDate } from './local-date';
import { nthWeekdayAfter, weekdaysBetween } from './weekday-arithmetic';

interface YearHolidays {
  readonly dates: readonly LocalDate[];
  readonly lookup: ReadonlySet<LocalDate>;
  /** Sorted day numbers of the same dates, for counting holidays inside a range. */
  readonly dayNumbers: readonly number[];
}

/**
 * Working days for Code deadlines: Monday–Friday except England and Wales bank holidays. The
 * Code does not define "working day" [UNCONFIRMED]; this is the domain reference's §6 policy.
 * Days are counted "clear" (CPR 2.8(3)): the trigger day never counts, so day 1 is the first
 * working day after it, and an act is on time on or before the due date.
 */
export class WorkingDayCalendar {
  private readonly years = new Map<number, YearHolidays>();

  private constructor(private readonly holidaysOfYear: (year: number) => readonly LocalDate[]) {}

  /**
   * One-offs (Jubilee 2022, State Funeral 2022, Coronation 2023) make the calendar data, not a
   * formula (§6). A year present in `override` (e.g. from GOV.UK's file) replaces the
   * library's list for that year entirely; other years still come from `date-holidays`.
   */
  static englandAndWales(override?: ReadonlyMap<number, readonly LocalDate[]>): WorkingDayCalendar {
    const replaced = new Map<number, LocalDate[]>();
    for (const [year, dates] of override ?? []) {
      if (!Number.isInteger(year) || year < 1 || year > 9999) {
        throw new RangeError(`override year must be an integer from 1 to 9999, got ${year}`);
      }
      const checked = dates.map((d, i) => assertLocalDate(d, `override[${year}][${i}]`));
      const stray = checked.find((d) => yearOf(d) !== year);
      if (stray) throw new RangeError(`override[${year}] contains ${stray} from another year`);
      replaced.set(year, normaliseHolidays(checked));
    }
    return new WorkingDayCalendar(
      (year) => replaced.get(year) ?? englandAndWalesBankHolidays(year),
    );
  }

  isWorkingDay(d: LocalDate): boolean {
    const weekday = weekdayOfDayNumber(toDayNumber(d)); // validates d
    if (weekday === 0 || weekday === 6) return false;
    return !this.holidaysIn(Number(d.slice(0, 4))).lookup.has(d);
  }

  /**
   * The due date `n` working days after `d` (`due = add_wd(trigger, n)`, §6). A trigger on a
   * weekend or bank holiday therefore gives the same due date as the previous working day.
   */
  addWorkingDays(d: LocalDate, n: number): LocalDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`n must be a non-negative integer number of working days, got ${n}`);
    }
    let from = toDayNumber(d);
    if (n === 0) return d;
    // Jump n weekdays in whole weeks; each bank holiday crossed owes one more working day.
    let owed = n;
    for (;;) {
      const to = nthWeekdayAfter(from, owed);
      const due = fromDayNumber(to); // throws past 9999-12-31 before any holiday look-up
      owed = this.holidaysBetween(from, to);
      if (owed === 0) return due;
      from = to;
    }
  }

  /**
   * Working days in (from, to], or minus those in (to, from] when to < from; so
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Reports use it for "days taken".
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const a = toDayNumber(from, 'from');
    const b = toDayNumber(to, 'to');
    // Written as a difference, not a negation, so an empty backwards range gives 0, not -0.
    if (b < a) return this.holidaysBetween(b, a) - weekdaysBetween(b, a);
    return weekdaysBetween(a, b) - this.holidaysBetween(a, b);
  }

  /** The weekday bank holidays of `year` this calendar uses, sorted. */
  bankHolidaysIn(year: number): LocalDate[] {
    return [...this.holidaysIn(year).dates];
  }

  /** Weekday bank holidays in the day-number interval (from, to]; 0 when to <= from. */
  private holidaysBetween(from: number, to: number): number {
    if (to <= from) return 0;
    const firstYear = civilFromDays(from + 1)[0];
    const lastYear = civilFromDays(to)[0];
    let count = 0;
    for (let year = firstYear; year <= lastYear; year++) {
      const days = this.holidaysIn(year).dayNumbers;
      if (year > firstYear && year < lastYear) count += days.length;
      else for (const day of days) if (day > from && day <= to) count++;
    }
    return count;
  }

  private holidaysIn(year: number): YearHolidays {
    let cached = this.years.get(year);
    if (!cached) {
      const dates = normaliseHolidays(this.holidaysOfYear(year));
      cached = { dates, lookup: new Set(dates), dayNumbers: dates.map((d) => toDayNumber(d)) };
      this.years.set(year, cached);
    }
    return cached;
  }
}

let memo: WorkingDayCalendar | undefined;

/** The England and Wales calendar from `date-holidays`, built once per process. */
export function defaultCalendar(): WorkingDayCalendar {
  memo ??= WorkingDayCalendar.englandAndWales();
  return memo;
}
