import { londonDateOf } from '@redress/complaints';
import type { FastifyRequest } from 'fastify';
import type { FormErrors } from '../../actions/form-errors';
import { dateField, formText } from '../../shared/form';

const HOUR = 3_600_000;

/**
 * The instant a London wall-clock time names. Clocks change at 01:00 UTC, so an hour that
 * does not exist (spring) is read as the hour after, and one that happens twice (autumn) as
 * the first of them.
 */
export function londonInstant(date: string, hour: number, minute: number): Date {
  const wall = Date.parse(
    `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`,
  );
  const parts = (ms: number) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(ms));
  const wanted = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const bst = wall - HOUR;
  if (londonDateOf(new Date(bst)) === date && parts(bst) === wanted) return new Date(bst);
  return new Date(wall);
}

/**
 * "When did this happen?" for a hazard step: now unless the officer gives a date and a time
 * in England (24-hour clocks need the time), and on an earlier day only with the reason it is
 * being recorded late, as the API asks (`at`, `backdateReason`).
 */
export function hazardTimeFields(
  request: FastifyRequest,
  now: Date,
  errors: FormErrors,
  name = 'at',
): { at?: string; backdateReason?: string } {
  const date = dateField(request, name);
  const hourText = formText(request, `${name}-hour`);
  const minuteText = formText(request, `${name}-minute`);
  const backdateReason = formText(request, 'backdateReason');
  if (date === undefined && !hourText && !minuteText) return {};
  if (date === 'invalid' || date === undefined) {
    errors.add(`${name}-day`, 'Enter a real date, for example 3 11 2025');
    return {};
  }
  const hour = Number(hourText);
  const minute = minuteText === '' ? 0 : Number(minuteText);
  if (!/^\d{1,2}$/.test(hourText) || !/^\d{0,2}$/.test(minuteText) || hour > 23 || minute > 59) {
    errors.add(`${name}-hour`, 'Enter the time on the 24-hour clock, for example 14 30');
    return {};
  }
  const at = londonInstant(date, hour, minute);
  if (at.getTime() > now.getTime()) {
    errors.add(`${name}-day`, 'The time must be now or in the past');
    return {};
  }
  const earlierDay = date < londonDateOf(now);
  if (earlierDay && !backdateReason)
    errors.add('backdateReason', 'Say why this is being recorded after the day it happened');
  return {
    at: at.toISOString(),
    ...(earlierDay && backdateReason ? { backdateReason } : {}),
  };
}

/** A London instant as the form's fields, to fill a form in (e.g. from the complaint). */
export function timeFieldValues(instant: string, name = 'at'): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const { type, value } of new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant)))
    parts[type] = value;
  return {
    [`${name}-day`]: String(Number(parts.day)),
    [`${name}-month`]: String(Number(parts.month)),
    [`${name}-year`]: parts.year!,
    [`${name}-hour`]: parts.hour!,
    [`${name}-minute`]: parts.minute!,
  };
}

/** A date (YYYY-MM-DD) as the form's date fields, the time left for the officer to give. */
export function dateFieldValues(date: string, name = 'at'): Record<string, string> {
  const [year, month, day] = date.split('-');
  return {
    [`${name}-day`]: String(Number(day)),
    [`${name}-month`]: String(Number(month)),
    [`${name}-year`]: year!,
  };
}
