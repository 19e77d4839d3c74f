import {
  addCalendarDays,
  assertLocalDate,
  compareLocalDates,
  dayOfWeek,
  fromDayNumber,
  isLocalDate,
  londonDateOf,
  toDayNumber,
  yearOf,
} from './local-date';

describe('LocalDate', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('2024-1-01')).toBe(false);
    expect(isLocalDate('0000-01-01')).toBe(false);
    expect(isLocalDate(20240101)).toBe(false);
  });

  it('assertLocalDate names the field in its RangeError', () => {
    expect(assertLocalDate('2025-01-15', 'receivedOn')).toBe('2025-01-15');
    expect(() => assertLocalDate('2025-02-30', 'receivedOn')).toThrow(RangeError);
    expect(() => assertLocalDate('2025-02-30', 'receivedOn')).toThrow(/receivedOn.*"2025-02-30"/);
    expect(() => assertLocalDate(undefined)).toThrow(/^date must be .*undefined$/);
  });

  it('orders dates', () => {
    expect(compareLocalDates('2024-12-31', '2025-01-01')).toBeLessThan(0);
    expect(compareLocalDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(['2025-01-02', '1999-12-31', '2024-06-30'].sort(compareLocalDates)).toEqual([
      '1999-12-31',
      '2024-06-30',
      '2025-01-02',
    ]);
  });

  it('adds calendar days across month, leap-day and year ends', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addCalendarDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addCalendarDays('1900-03-01', -1)).toBe('1900-02-28');
    expect(() => addCalendarDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('agrees with Date.UTC on day numbers and weekdays', () => {
    for (const d of ['1970-01-01', '1969-12-31', '2000-02-29', '2024-12-20', '2035-12-31']) {
      const utc = Date.parse(`${d}T00:00:00Z`);
      expect(toDayNumber(d)).toBe(utc / 86_400_000);
      expect(fromDayNumber(utc / 86_400_000)).toBe(d);
      expect(dayOfWeek(d)).toBe(new Date(utc).getUTCDay());
    }
    expect(dayOfWeek('2024-12-20')).toBe(5); // a Friday
    expect(dayOfWeek('2024-12-22')).toBe(0); // a Sunday
    expect(yearOf('2025-04-17')).toBe(2025);
    expect(() => yearOf('2025/04/17')).toThrow(RangeError);
  });
});

describe('londonDateOf: the business date is the date in Europe/London (GMT/BST)', () => {
  it.each([
    ['2024-07-15T23:30:00Z', '2024-07-16', 'summer evening: 00:30 BST next day'],
    ['2024-01-15T23:30:00Z', '2024-01-15', 'winter evening: 23:30 GMT same day'],
    ['2024-07-15T22:59:59.999Z', '2024-07-15', 'last instant of the BST day'],
    ['2024-07-16T00:30:00+01:00', '2024-07-16', 'an explicit offset is honoured'],
    ['2024-03-30T23:30:00Z', '2024-03-30', 'night before spring-forward is still GMT'],
    ['2024-03-31T00:59:59Z', '2024-03-31', 'spring-forward day, 00:59 GMT'],
    ['2024-03-31T01:00:00Z', '2024-03-31', 'spring-forward: 01:00 GMT becomes 02:00 BST'],
    ['2024-03-31T22:59:59Z', '2024-03-31', 'spring-forward day, 23:59 BST'],
    ['2024-03-31T23:00:00Z', '2024-04-01', 'first BST midnight'],
    ['2024-10-26T22:59:59Z', '2024-10-26', 'night before fall-back, 23:59 BST'],
    ['2024-10-26T23:00:00Z', '2024-10-27', 'fall-back day starts at 23:00 UTC (00:00 BST)'],
    ['2024-10-27T00:30:00Z', '2024-10-27', 'fall-back: first 01:30 (BST)'],
    ['2024-10-27T01:30:00Z', '2024-10-27', 'fall-back: second 01:30 (GMT)'],
    ['2024-10-27T23:30:00Z', '2024-10-27', 'fall-back day ends at midnight GMT'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(londonDateOf(instant)).toBe(expected);
    expect(londonDateOf(new Date(instant))).toBe(expected);
  });

  it.each([
    'not a date',
    '2024-07-15', // a date, not an instant
    '2024-07-15T23:30:00', // no zone: would be read in the server's zone
    '2024-02-30T12:00:00Z',
  ])('rejects %j with a RangeError', (instant) => {
    expect(() => londonDateOf(instant)).toThrow(RangeError);
  });

  it('rejects an invalid Date', () => {
    expect(() => londonDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
