import type nunjucks from 'nunjucks';
import { CHANNEL_LABELS, DEADLINE_LABELS, statusLabel } from './labels';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2025-04-17 → 17 April 2025, as the GOV.UK style guide writes dates. */
export function longDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** An instant in England's time: 17 April 2025 at 10:30am. */
export function londonDateTime(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    minute: '2-digit',
    // h12, not hour12: en-GB's 12-hour clock otherwise reads noon as 0:00pm.
    hourCycle: 'h12',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase()}`;
  return `${longDate(`${part('year')}-${part('month')}-${part('day')}`)} at ${time}`;
}

/** "3 working days left", "due today", "2 working days overdue". */
export function workingDays(value: unknown): string {
  if (typeof value !== 'number') return '';
  if (value === 0) return 'due today';
  const n = Math.abs(value);
  const days = `${n} working day${n === 1 ? '' : 's'}`;
  return value > 0 ? `${days} left` : `${days} overdue`;
}

export function pounds(pence: unknown): string {
  return typeof pence === 'number' ? `£${(pence / 100).toFixed(2)}` : '';
}

export function addFilters(env: nunjucks.Environment): void {
  env.addFilter('longDate', longDate);
  env.addFilter('londonDateTime', londonDateTime);
  env.addFilter('workingDays', workingDays);
  env.addFilter('pounds', pounds);
  env.addFilter('statusLabel', statusLabel);
  env.addFilter('channelLabel', (c: string) => CHANNEL_LABELS[c] ?? c);
  env.addFilter('deadlineLabel', (k: string) => DEADLINE_LABELS[k] ?? k.replace(/_/g, ' '));
}
