import { civilFromDays, daysFromCivil, daysInMonth, weekdayOfDayNumber } from './epoch-day';

/**
 * Business dates are calendar dates in England (Europe/London), written `YYYY-MM-DD`.
 * They cross every boundary (events, HTTP, reports) as these strings, so comparing two of
 * them as strings orders them correctly.
 */
export type LocalDate = string;

/** `[year, month, day]` of a real `YYYY-MM-DD` date, or undefined. */
function parseLocalDate(value: unknown): [number, number, number] | undefined {
  // Read digit by digit rather than by regex and Number(): every calendar call parses dates.
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value[4] !== '-' || value[7] !== '-') return undefined;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  // Year 0000 has no place in an English calendar (there is no year 0 AD).
  if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return undefined;
  return [y, m, d];
}

/** The number written by ASCII digits in `text[start, end)`, or NaN. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-29). */
export function isLocalDate(value: unknown): value is LocalDate {
  return parseLocalDate(value) !== undefined;
}

/** Returns `value` as a LocalDate, or throws a RangeError naming `field` (for 400-style errors). */
export function assertLocalDate(value: unknown, field = 'date'): LocalDate {
  if (isLocalDate(value)) return value;
  throw invalidLocalDate(value, field);
}

function invalidLocalDate(value: unknown, field: string): RangeError {
  return new RangeError(
    `${field} must be a real calendar date written YYYY-MM-DD, got ${show(value)}`,
  );
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Orders two LocalDates (negative, zero, positive), e.g. for `Array#sort`. The `YYYY-MM-DD`
 * form sorts as text, so this does not validate: it sits on hot paths in reports.
 */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days since 1970-01-01: the calendar's internal unit, so arithmetic never touches `Date`. */
export function toDayNumber(d: LocalDate, field = 'date'): number {
  const parts = parseLocalDate(d);
  if (!parts) throw invalidLocalDate(d, field);
  return daysFromCivil(...parts);
}

/** The LocalDate of a day number; RangeError outside years 0001–9999 (not writable as YYYY). */
export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new RangeError(`day number must be an integer, got ${dayNumber}`);
  }
  const [y, m, d] = civilFromDays(dayNumber);
  if (y < 1 || y > 9999) throw new RangeError(`date out of range (year ${y} is not 0001–9999)`);
  return `${y < 1000 ? `${y}`.padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addCalendarDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** 0 = Sunday … 6 = Saturday (the `Date#getDay` convention). */
export function dayOfWeek(d: LocalDate): number {
  return weekdayOfDayNumber(toDayNumber(d));
}

export function yearOf(d: LocalDate): number {
  return Number(assertLocalDate(d).slice(0, 4));
}

/**
 * An instant must say which instant it is: an ISO 8601 date-time with `Z` or an offset.
 * Without one, `Date` reads it in the server's zone, so the same event could land on
 * different business days on different machines.
 */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Instants whose London date can be written YYYY. Intl drops the era, so 6 BC would print as
 * year "7"; until Dec 1847 London kept local mean time (UTC−0:01:15): hence two minutes’ margin.
 */
const FIRST_INSTANT = Date.parse('0001-01-01T00:02:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

// Building a DateTimeFormat costs far more than using one; reports call this per event.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function millisOf(instant: unknown): number {
  if (instant instanceof Date) return instant.getTime();
  // V8 rolls 2024-02-30T12:00Z over to 1 March, so the date part is checked as well.
  const valid =
    typeof instant === 'string' && ISO_INSTANT.test(instant) && isLocalDate(instant.slice(0, 10));
  return valid ? Date.parse(instant) : Number.NaN;
}

const GMT_ADOPTED = Date.parse('1848-01-01T00:00:00Z');
const byUtcHour = new Map<number, LocalDate>();

/**
 * The business date of an instant: its calendar date in Europe/London, so GMT in winter and
 * BST in summer (2024-07-15T23:30Z is 16 July in London). Deadlines count from the day a
 * complaint arrives in England, not the UTC day (architecture: "Time is an input").
 */
export function londonDateOf(instant: Date | string): LocalDate {
  const ms = millisOf(instant);
  if (!(ms >= FIRST_INSTANT && ms <= LAST_INSTANT)) {
    throw new RangeError(
      `instant must be a valid Date or an ISO 8601 date-time with Z or an offset, in years 0001–9999, got ${show(instant)}`,
    );
  }
  // Since 1848 London's offset has been whole hours and every clock change fell on a whole UTC
  // hour (checked against ICU for 1848–2100), so all instants in one UTC hour share a London
  // date. formatToParts costs ~2µs a call; reports call this for a million events.
  const hour = Math.floor(ms / 3_600_000);
  const cacheable = ms >= GMT_ADOPTED;
  const cached = cacheable ? byUtcHour.get(hour) : undefined;
  if (cached) return cached;
  const parts: Record<string, string> = {};
  for (const { type, value } of LONDON.formatToParts(ms)) parts[type] = value;
  const date = `${(parts.year ?? '').padStart(4, '0')}-${parts.month}-${parts.day}`;
  if (cacheable) {
    if (byUtcHour.size >= 10_000) byUtcHour.clear(); // bounded: a long-running process
    byUtcHour.set(hour, date);
  }
  return date;
}
