import {
  CalendarFileError,
  englandAndWalesBankHolidays,
  normaliseHolidays,
  parseGovUkBankHolidays,
} from './bank-holidays';
import { govUkFixture, type GovUkFile } from './gov-uk-bank-holidays.fixture';

describe('England and Wales bank holidays (domain reference §6)', () => {
  it.each([
    // §6 fixtures, as GOV.UK lists them
    [2024, ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2025, ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']],
    // 2026: Boxing Day is a Saturday, so Mon 28 Dec is its substitute and 26 Dec is not listed
    [2026, ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']],
  ])('§6 fixture list for %i', (year, days) => {
    expect(englandAndWalesBankHolidays(year)).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('2022 one-offs: Spring moved to Thu 2 Jun, Jubilee Fri 3 Jun, State Funeral Mon 19 Sep', () => {
    const days = englandAndWalesBankHolidays(2022);
    expect(days).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(days).not.toContain('2022-05-30'); // the usual last Monday in May was a working day
    // New Year's Day (Sat) → Mon 3 Jan; Christmas Day (Sun) → Tue 27 Dec substitute
    expect(days).toEqual([
      '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
      '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
    ]); // prettier-ignore
  });

  it('2023 one-off: Coronation, Mon 8 May 2023', () => {
    expect(englandAndWalesBankHolidays(2023)).toEqual([
      '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08',
      '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
    ]); // prettier-ignore
  });

  it('drops observances (Mother’s Day, Easter Sunday) and weekend dates', () => {
    const days = englandAndWalesBankHolidays(2025);
    expect(days).not.toContain('2025-03-30'); // Mother's Day
    expect(days).not.toContain('2025-04-20'); // Easter Sunday
    expect(normaliseHolidays(['2026-12-28', '2026-12-26', '2026-12-25', '2026-12-25'])).toEqual([
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('returns a copy: callers cannot corrupt the per-year cache', () => {
    englandAndWalesBankHolidays(2025).push('2025-07-01');
    expect(englandAndWalesBankHolidays(2025)).not.toContain('2025-07-01');
  });

  it('rejects a year that is not an integer in 1–9999', () => {
    expect(() => englandAndWalesBankHolidays(2025.5)).toThrow(RangeError);
    expect(() => englandAndWalesBankHolidays(0)).toThrow(RangeError);
  });
});

describe('parseGovUkBankHolidays (GOV.UK bank-holidays.json)', () => {
  it('groups one division’s dates by year, sorted', () => {
    const parsed = parseGovUkBankHolidays(govUkFixture());
    expect([...parsed.keys()]).toEqual([2025]);
    expect(parsed.get(2025)).toContain('2025-06-02');
    expect(parsed.get(2025)).not.toContain('2025-08-25');
  });

  it('reads another division: Scotland has 2 Jan and St Andrew’s Day but no Easter Monday', () => {
    const scotland = parseGovUkBankHolidays(govUkFixture(), 'scotland').get(2025);
    expect(scotland).toEqual(expect.arrayContaining(['2025-01-02', '2025-08-04', '2025-12-01']));
    expect(scotland).not.toContain('2025-04-21');
  });

  const broken: [string, (file: GovUkFile) => unknown][] = [
    ['not an object', () => 'bank holidays'],
    ['null', () => null],
    ['an array', () => []],
    ['missing division', (f) => ({ scotland: f.scotland })],
    ['division field mismatch', (f) => ({ 'england-and-wales': { ...f.scotland } })],
    [
      'events not an array',
      (f) => ({ 'england-and-wales': { ...f['england-and-wales'], events: {} } }),
    ],
    ['an event not an object', (f) => withEvent(f, 42)],
    ['an event without a title', (f) => withEvent(f, { date: '2025-06-02' })],
    ['an impossible date', (f) => withEvent(f, { title: 'x', date: '2025-02-29' })],
    ['a UK-style date', (f) => withEvent(f, { title: 'x', date: '02/06/2025' })],
    ['a date-time', (f) => withEvent(f, { title: 'x', date: '2025-06-02T00:00:00Z' })],
  ];
  it.each(broken)('raises CalendarFileError for %s', (_name, breakIt) => {
    const attempt = () => parseGovUkBankHolidays(breakIt(govUkFixture()));
    expect(attempt).toThrow(CalendarFileError);
    expect(attempt).toThrow(/^Invalid GOV.UK bank holidays data: /);
    expect(attempt).toThrow(
      expect.objectContaining({ code: 'CALENDAR_FILE_INVALID', name: 'CalendarFileError' }),
    );
  });

  it('names the division that is missing', () => {
    expect(() => parseGovUkBankHolidays(govUkFixture(), 'northern-ireland')).toThrow(
      /"northern-ireland" is missing \(divisions found: england-and-wales, scotland\)/,
    );
  });

  it('points at the offending event', () => {
    const file = withEvent(govUkFixture(), { title: 'x', date: '2025-13-01' });
    expect(() => parseGovUkBankHolidays(file)).toThrow(/events\[8\]\.date .*"2025-13-01"/);
  });
});

function withEvent(file: GovUkFile, event: unknown): unknown {
  const division = file['england-and-wales'];
  return { ...file, 'england-and-wales': { ...division, events: [...division.events, event] } };
}
