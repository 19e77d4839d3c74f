/**
 * Monday-to-Friday counting in whole weeks, so a deadline 400 working days out or a report over
 * ten years costs the same as one over a week. Days are day numbers (days since 1970-01-01).
 * Bank holidays are not handled here; the calendar subtracts them afterwards.
 */

const { floor } = Math; // hot path: see epoch-day.ts

/** Day −3 (Mon 29 Dec 1969) starts a week: shifting by 3 makes `k mod 7` 0 on Mondays. */
const MONDAY_SHIFT = 3;

/** Weekdays from Mon 29 Dec 1969 up to and including `day` (negative before it). */
function weekdaysUpTo(day: number): number {
  const k = day + MONDAY_SHIFT;
  const weeks = floor(k / 7);
  const dayOfWeek = k - 7 * weeks; // 0 = Monday … 6 = Sunday
  return 5 * weeks + (dayOfWeek < 5 ? dayOfWeek + 1 : 5);
}

/** Weekdays in the half-open interval (from, to]; negative when to < from. */
export function weekdaysBetween(from: number, to: number): number {
  return weekdaysUpTo(to) - weekdaysUpTo(from);
}

/** The `n`-th weekday strictly after `from` (n ≥ 1): the inverse of `weekdaysBetween`. */
export function nthWeekdayAfter(from: number, n: number): number {
  const target = weekdaysUpTo(from) + n - 1;
  const weeks = floor(target / 5);
  return 7 * weeks + (target - 5 * weeks) - MONDAY_SHIFT;
}
