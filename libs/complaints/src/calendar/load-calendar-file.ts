import { readFileSync } from 'node:fs';
import { CalendarFileError, parseGovUkBankHolidays } from './bank-holidays';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * A calendar from a saved copy of GOV.UK's bank-holidays.json, so a landlord can pick up a
 * newly announced one-off before the library knows it (domain reference §6: "the calendar
 * must be data"). Years absent from the file still come from `date-holidays`.
 * Every failure names the file, because the operator has to go and fix that file.
 */
export function loadCalendarFile(path: string, division?: string): WorkingDayCalendar {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CalendarFileError(`Cannot read calendar file ${path}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CalendarFileError(`Calendar file ${path} is not valid JSON: ${messageOf(error)}`, {
      cause: error,
    });
  }
  try {
    return WorkingDayCalendar.englandAndWales(parseGovUkBankHolidays(json, division));
  } catch (error) {
    if (!(error instanceof CalendarFileError)) throw error;
    throw new CalendarFileError(`Calendar file ${path}: ${error.message}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
