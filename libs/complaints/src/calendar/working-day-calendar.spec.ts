import { englandAndWalesBankHolidays, parseGovUkBankHolidays } from './bank-holidays';
import { govUkFixture } from './gov-uk-bank-holidays.fixture';
import { WorkingDayCalendar, defaultCalendar } from './working-day-calendar';

const calendar = WorkingDayCalendar.englandAndWales();

describe('worked examples, domain reference §6 table (clear days, CPR 2.8(3))', () => {
  it.each([
    // Mon 23 (1), Tue 24 (2), [25–26 Dec], Fri 27 (3), Mon 30 (4), Tue 31 (5)
    [
      'CHC 6.2: received Fri 20 Dec 2024 → acknowledge by Tue 31 Dec 2024',
      '2024-12-20',
      5,
      '2024-12-31',
    ],
    // [Wed 1 Jan], Thu 2 (1), Fri 3 (2), 6–10 Jan (3–7), Mon 13 (8), Tue 14 (9), Wed 15 (10)
    [
      'CHC 6.3: acknowledged Tue 31 Dec 2024 → respond by Wed 15 Jan 2025',
      '2024-12-31',
      10,
      '2025-01-15',
    ],
    // Wed 15 Jan + 10 more: Thu 16 (1), Fri 17 (2), 20–24 Jan (3–7), Mon 27 (8), Tue 28 (9), Wed 29 (10)
    ['CHC 6.4: with a 10-day extension → Wed 29 Jan 2025', '2024-12-31', 20, '2025-01-29'],
    // [Good Fri 18, Sat, Sun, Easter Mon 21], Tue 22 (1), Wed 23 (2), Thu 24 (3), Fri 25 (4), Mon 28 (5)
    [
      'CHC 6.2: received Thu 17 Apr 2025 → acknowledge by Mon 28 Apr 2025 (Easter skipped)',
      '2025-04-17',
      5,
      '2025-04-28',
    ],
    // Tue 29 (1), Wed 30 (2), Thu 1 May (3), Fri 2 (4), [Mon 5 May], 6–9 May (5–8), Mon 12 (9), Tue 13 (10)
    [
      'CHC 6.3: acknowledged Mon 28 Apr 2025 → respond by Tue 13 May 2025',
      '2025-04-28',
      10,
      '2025-05-13',
    ],
    // Thu 21 (1), Fri 22 (2), [Mon 25 Aug], Tue 26 (3), Wed 27 (4), Thu 28 (5)
    [
      'CHC 6.11: escalation received Wed 20 Aug 2025 → acknowledge by Thu 28 Aug 2025',
      '2025-08-20',
      5,
      '2025-08-28',
    ],
    // Fri 29 Aug (1), then three full weeks 1–19 Sep (2–16), Mon 22 (17) … Thu 25 Sep (20)
    [
      'Stage 2 response +20 (HOS; CHC number [UNCONFIRMED]): acknowledged Thu 28 Aug 2025 → Thu 25 Sep 2025',
      '2025-08-28',
      20,
      '2025-09-25',
    ],
    // Thu 25 Sep + 20 more, no bank holidays in Sep–Oct: Fri 26 (1), 29 Sep–17 Oct (2–16), … Thu 23 Oct (20)
    [
      'Stage 2 with a 20-day extension [UNCONFIRMED number] → Thu 23 Oct 2025',
      '2025-08-28',
      40,
      '2025-10-23',
    ],
  ])('%s', (_rule, trigger, n, due) => {
    expect(calendar.addWorkingDays(trigger, n)).toBe(due);
    expect(calendar.workingDaysBetween(trigger, due)).toBe(n);
  });
});

describe('one-off bank holidays make the calendar data, not a formula (§6)', () => {
  it('Jubilee 2022: received Wed 1 Jun 2022 → +5 is Fri 10 Jun 2022', () => {
    // [Thu 2 Jun moved Spring bank holiday, Fri 3 Jun Platinum Jubilee], Mon 6 (1) … Fri 10 (5)
    expect(calendar.addWorkingDays('2022-06-01', 5)).toBe('2022-06-10');
  });

  it('Jubilee 2022: Mon 30 May 2022 was a working day, because Spring moved to 2 Jun', () => {
    expect(calendar.isWorkingDay('2022-05-30')).toBe(true);
    expect(calendar.addWorkingDays('2022-05-27', 1)).toBe('2022-05-30');
    // (Fri 27 May, Fri 10 Jun]: Mon 30, Tue 31, Wed 1 Jun, [2–3 Jun], Mon 6 … Fri 10 = 3 + 5
    expect(calendar.workingDaysBetween('2022-05-27', '2022-06-10')).toBe(8);
  });

  it('State Funeral 2022: received Fri 16 Sep 2022 → +1 is Tue 20 Sep, +5 is Mon 26 Sep', () => {
    // [Mon 19 Sep], Tue 20 (1), Wed 21 (2), Thu 22 (3), Fri 23 (4), Mon 26 (5)
    expect(calendar.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
    expect(calendar.addWorkingDays('2022-09-16', 5)).toBe('2022-09-26');
  });

  it('Coronation 2023: received Fri 28 Apr 2023 → +10 is Tue 16 May 2023', () => {
    // [Mon 1 May], Tue 2 (1) … Fri 5 (4), [Mon 8 May Coronation], Tue 9 (5) … Fri 12 (8),
    // Mon 15 (9), Tue 16 (10)
    expect(calendar.addWorkingDays('2023-04-28', 10)).toBe('2023-05-16');
    // May 2023 has 23 weekdays; minus 1, 8 and 29 May = 20
    expect(calendar.workingDaysBetween('2023-04-28', '2023-05-31')).toBe(20);
  });

  it.each([
    // 2022 starts and ends on a Saturday: 260 weekdays, minus 10 weekday bank holidays
    ['2021-12-31', '2022-12-31', 250, '2022-12-30'],
    // 2023 starts and ends on a Sunday: 260 weekdays, minus 9 (incl. the Coronation)
    ['2022-12-31', '2023-12-31', 251, '2023-12-29'],
    // 2024 is a leap year from Mon 1 Jan to Tue 31 Dec: 262 weekdays, minus 8
    ['2023-12-31', '2024-12-31', 254, '2024-12-31'],
    // 2025 runs Wed 1 Jan to Wed 31 Dec: 261 weekdays, minus 8
    ['2024-12-31', '2025-12-31', 253, '2025-12-31'],
  ])('working days in (%s, %s] = %i; the last is %s', (from, to, count, lastWorkingDay) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(count);
    expect(calendar.addWorkingDays(from, count)).toBe(lastWorkingDay);
  });
});

describe('§6: a trigger on a non-working day counts like the previous working day', () => {
  it.each([
    ['Sat 21 Dec 2024', '2024-12-21', '2024-12-20'],
    ['Sun 22 Dec 2024', '2024-12-22', '2024-12-20'],
    ['Christmas Day 2024', '2024-12-25', '2024-12-24'],
    ['Boxing Day 2024', '2024-12-26', '2024-12-24'],
    ['Good Friday 2025', '2025-04-18', '2025-04-17'],
    ['Easter Sunday 2025', '2025-04-20', '2025-04-17'],
    ['Easter Monday 2025', '2025-04-21', '2025-04-17'],
  ])('%s behaves like %s', (_name, trigger, previousWorkingDay) => {
    for (const n of [1, 5, 10, 20]) {
      expect(calendar.addWorkingDays(trigger, n)).toBe(
        calendar.addWorkingDays(previousWorkingDay, n),
      );
    }
  });

  it('received on Christmas Day 2024 → acknowledge (+5) by Fri 3 Jan 2025', () => {
    // Fri 27 (1), Mon 30 (2), Tue 31 (3), [Wed 1 Jan], Thu 2 (4), Fri 3 (5)
    expect(calendar.addWorkingDays('2024-12-25', 5)).toBe('2025-01-03');
  });
});

describe('WorkingDayCalendar basics', () => {
  it('isWorkingDay: Monday–Friday except bank holidays', () => {
    expect(calendar.isWorkingDay('2025-01-02')).toBe(true);
    expect(calendar.isWorkingDay('2025-01-04')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2025-01-05')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2025-01-01')).toBe(false); // New Year's Day
    expect(() => calendar.isWorkingDay('2025-01-32')).toThrow(RangeError);
  });

  it('n = 0 returns the trigger unchanged, even on a weekend', () => {
    expect(calendar.addWorkingDays('2024-12-21', 0)).toBe('2024-12-21');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %p', (n) => {
    expect(() => calendar.addWorkingDays('2025-01-02', n)).toThrow(RangeError);
  });

  it('rejects invalid dates, naming the argument', () => {
    expect(() => calendar.addWorkingDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2025-01-01', 'soon')).toThrow(/^to must be/);
  });

  it('workingDaysBetween is signed and half-open (from, to]', () => {
    expect(calendar.workingDaysBetween('2024-12-20', '2024-12-20')).toBe(0);
    expect(calendar.workingDaysBetween('2024-12-20', '2024-12-22')).toBe(0); // weekend only
    expect(calendar.workingDaysBetween('2024-12-31', '2024-12-20')).toBe(-5);
    expect(calendar.workingDaysBetween('2024-12-22', '2024-12-21')).toBe(0); // not -0
  });

  it('bankHolidaysIn returns the library list and a copy', () => {
    expect(calendar.bankHolidaysIn(2026)).toEqual(englandAndWalesBankHolidays(2026));
    calendar.bankHolidaysIn(2026).pop();
    expect(calendar.bankHolidaysIn(2026)).toHaveLength(8);
  });

  it('defaultCalendar is built once', () => {
    expect(defaultCalendar()).toBe(defaultCalendar());
  });
});

describe('GOV.UK override (§6 calendar source)', () => {
  // The fixture's 2025 adds Mon 2 Jun 2025 and omits the Summer bank holiday, Mon 25 Aug 2025.
  const overridden = WorkingDayCalendar.englandAndWales(parseGovUkBankHolidays(govUkFixture()));

  it('replaces the library’s list for the years in the file', () => {
    expect(overridden.isWorkingDay('2025-06-02')).toBe(false);
    expect(overridden.isWorkingDay('2025-08-25')).toBe(true);
    expect(overridden.bankHolidaysIn(2025)).toContain('2025-06-02');
    expect(overridden.bankHolidaysIn(2025)).not.toContain('2025-08-25');
  });

  it('changes 2025 deadlines', () => {
    // Thu 21 (1), Fri 22 (2), Mon 25 Aug now working (3), Tue 26 (4), Wed 27 (5)
    expect(overridden.addWorkingDays('2025-08-20', 5)).toBe('2025-08-27');
    expect(calendar.addWorkingDays('2025-08-20', 5)).toBe('2025-08-28');
    // Fri 30 May +1: Mon 2 Jun is now a holiday, so Tue 3 Jun
    expect(overridden.addWorkingDays('2025-05-30', 1)).toBe('2025-06-03');
  });

  it('leaves other years to date-holidays', () => {
    expect(overridden.bankHolidaysIn(2024)).toEqual(englandAndWalesBankHolidays(2024));
    expect(overridden.bankHolidaysIn(2026)).toEqual(englandAndWalesBankHolidays(2026));
    expect(overridden.addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
    // [25–26 Dec 2025], Mon 29 (1), Tue 30 (2), Wed 31 (3), [Thu 1 Jan 2026], Fri 2 Jan (4)
    expect(overridden.addWorkingDays('2025-12-24', 4)).toBe('2026-01-02');
  });

  it('an empty year in the override means no bank holidays that year', () => {
    const none = WorkingDayCalendar.englandAndWales(new Map([[2025, []]]));
    expect(none.isWorkingDay('2025-12-25')).toBe(true);
  });

  it('does not follow later changes to the caller’s map', () => {
    const override = new Map([[2025, ['2025-06-02']]]);
    const fixed = WorkingDayCalendar.englandAndWales(override);
    override.get(2025)?.push('2025-06-03');
    override.set(2024, []);
    expect(fixed.isWorkingDay('2025-06-03')).toBe(true);
    expect(fixed.isWorkingDay('2024-12-25')).toBe(false);
  });

  it('rejects invalid override entries', () => {
    expect(() => WorkingDayCalendar.englandAndWales(new Map([[2025, ['2024-12-25']]]))).toThrow(
      /override\[2025\] contains 2024-12-25/,
    );
    expect(() => WorkingDayCalendar.englandAndWales(new Map([[2025, ['2025-02-29']]]))).toThrow(
      RangeError,
    );
    expect(() => WorkingDayCalendar.englandAndWales(new Map([[20.25, []]]))).toThrow(RangeError);
  });
});
