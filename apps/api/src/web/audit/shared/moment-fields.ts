import { parseMoment, type Moment } from '@redress/audit';
import { londonDateOf } from '@redress/complaints';
import type { FormErrors } from '../../actions/form-errors';

type Query = Record<string, string | string[] | undefined>;

const text = (query: Query, name: string) => {
  const raw = query[name];
  return (Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '')).trim();
};

/**
 * A moment asked for on a page, from a GOV.UK date input (`<name>-day`, `-month`, `-year`) and
 * an optional 24-hour time in England (`<name>-time`, e.g. 14:30). A date alone means the end
 * of that day, as on the command line. Undefined when left blank; a bad date or time is added
 * to `errors` (the page shows an error summary, never a 500).
 */
export function momentField(query: Query, name: string, errors: FormErrors): Moment | undefined {
  const [day, month, year, time] = ['day', 'month', 'year', 'time'].map((p) =>
    text(query, `${name}-${p}`),
  );
  if (!day && !month && !year && !time) return undefined;
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) {
    errors.add(`${name}-day`, 'Enter a real date, for example 17 6 2025');
    return undefined;
  }
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const checked = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(checked.getTime()) || checked.toISOString().slice(0, 10) !== date) {
    errors.add(`${name}-day`, 'Enter a real date, for example 17 6 2025');
    return undefined;
  }
  if (!parseMoment(date)) {
    errors.add(`${name}-day`, 'Enter a date between 2000 and 2099');
    return undefined;
  }
  if (!time) return parseMoment(date);
  const hhmm = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(time!);
  if (!hhmm) {
    errors.add(`${name}-time`, 'Enter a time on the 24-hour clock, for example 14:30');
    return undefined;
  }
  const instant = londonInstant(date, Number(hhmm[1]), Number(hhmm[2]));
  return parseMoment(instant.toISOString());
}

/**
 * The instant a wall-clock time in England names. London is UTC or one hour ahead, so one of
 * the two readings lands on that wall clock; in the hour skipped in spring neither does, and
 * the later reading is taken.
 */
export function londonInstant(date: string, hours: number, minutes: number): Date {
  const utc = Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(utc - offsetHours * 3_600_000);
    if (londonDateOf(candidate) === date && wallClock(candidate) === hours * 60 + minutes)
      return candidate;
  }
  return new Date(utc);
}

const WALL = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): number {
  const parts = Object.fromEntries(WALL.formatToParts(instant).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/** The fields as typed, to show them back in the form. */
export function momentValues(query: Query, name: string): Record<string, string> {
  return Object.fromEntries(
    ['day', 'month', 'year', 'time'].map((p) => [`${name}-${p}`, text(query, `${name}-${p}`)]),
  );
}
