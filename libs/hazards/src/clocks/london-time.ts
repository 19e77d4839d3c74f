const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * An instant as a London wall-clock time with its zone, e.g. `2026-10-25 11:00 GMT`: how an
 * officer reads a 24-hour clock's due time, and the proof that it crossed a clock change.
 */
export function londonTimeOf(instant: Date | string): string {
  const parts: Record<string, string> = {};
  for (const { type, value } of LONDON_TIME.formatToParts(new Date(instant))) parts[type] = value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}
