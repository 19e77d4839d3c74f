export {
  addCalendarDays,
  assertLocalDate,
  compareLocalDates,
  dayOfWeek,
  fromDayNumber,
  isLocalDate,
  londonDateOf,
  toDayNumber,
  yearOf,
  type LocalDate,
} from './local-date';
export {
  CalendarFileError,
  englandAndWalesBankHolidays,
  normaliseHolidays,
  parseGovUkBankHolidays,
} from './bank-holidays';
export { WorkingDayCalendar, defaultCalendar } from './working-day-calendar';
export { loadCalendarFile } from './load-calendar-file';
