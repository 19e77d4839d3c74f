import { addCalendarDays, isLocalDate, londonDateOf, type LocalDate } from '@redress/complaints';

/**
 * A moment an auditor asks about: a date (meaning the end of that day in England) or an exact
 * date-time with `Z` or an offset. `instant` selects events by when they were recorded; `date`
 * selects them by business date and is the date deadlines are judged on.
 */
export interface Moment {
  readonly text: string;
  readonly instant: Date;
  readonly date: LocalDate;
  readonly dateOnly: boolean;
}

const EARLIEST = '2000-01-01';
const LATEST = '2099-12-31';
const HOUR = 3_600_000;

/** Reads `YYYY-MM-DD` or an ISO 8601 date-time with a zone; undefined for anything else. */
export function parseMoment(text: string): Moment | undefined {
  if (isLocalDate(text)) {
    if (text < EARLIEST || text > LATEST) return undefined;
    return { text, instant: endOfLondonDay(text), date: text, dateOnly: true };
  }
  let date: LocalDate;
  try {
    date = londonDateOf(text); // refuses date-times without a zone, and impossible dates
  } catch {
    return undefined;
  }
  if (date < EARLIEST || date > LATEST) return undefined;
  return { text, instant: new Date(text), date, dateOnly: false };
}

/**
 * The last millisecond of a London day. Clocks change at 01:00 UTC, never at midnight, so the
 * next day starts at 00:00 UTC in winter or 23:00 UTC the evening before in summer.
 */
export function endOfLondonDay(date: LocalDate): Date {
  const next = addCalendarDays(date, 1);
  const utcMidnight = Date.parse(`${next}T00:00:00Z`);
  const start =
    londonDateOf(new Date(utcMidnight - HOUR)) === next ? utcMidnight - HOUR : utcMidnight;
  return new Date(start - 1);
}

/** What to tell a user who wrote a moment that is neither. */
export const MOMENT_HELP =
  'a date written YYYY-MM-DD (the end of that day in England) or an ISO 8601 date-time with Z or an offset, e.g. 2025-05-01T14:30:00Z, between 2000 and 2099';
