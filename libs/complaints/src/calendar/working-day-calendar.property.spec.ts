import fc from 'fast-check';
import { englandAndWalesBankHolidays } from './bank-holidays';
import { compareLocalDates, type LocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * Properties of clear-day counting (domain reference §6, CPR 2.8(3)) over 2020–2035, checked
 * against a day-by-day reference that shares only the holiday data with the calendar.
 */
const calendar = WorkingDayCalendar.englandAndWales();
const DAY_MS = 86_400_000;

const date = fc
  .integer({ min: Date.UTC(2020, 0, 1) / DAY_MS, max: Date.UTC(2035, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const days = fc.integer({ min: 0, max: 400 });
const options = { numRuns: 500 };

// The reference: step one calendar day at a time with Date, test weekday and holiday list.
const holidays = new Set<LocalDate>();
for (let year = 2019; year <= 2038; year++) {
  for (const d of englandAndWalesBankHolidays(year)) holidays.add(d);
}
function nextDay(d: LocalDate, step = 1): LocalDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + step * DAY_MS).toISOString().slice(0, 10);
}
function referenceIsWorkingDay(d: LocalDate): boolean {
  const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(d);
}
function referenceAdd(d: LocalDate, n: number): LocalDate {
  let current = d;
  for (let counted = 0; counted < n;) {
    current = nextDay(current);
    if (referenceIsWorkingDay(current)) counted++;
  }
  return current;
}
function referenceBetween(from: LocalDate, to: LocalDate): number {
  if (to < from) return 0 - referenceBetween(to, from); // 0 - x: never -0
  let count = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (referenceIsWorkingDay(d)) count++;
  return count;
}

describe('WorkingDayCalendar properties (clear days, §6)', () => {
  it('addWorkingDays with n >= 1 always lands on a working day after the trigger', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const due = calendar.addWorkingDays(d, n);
        return calendar.isWorkingDay(due) && referenceIsWorkingDay(due) && due > d;
      }),
      options,
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(date, days, days, (d, a, b) => {
        fc.pre(a !== b);
        const [n, m] = a < b ? [a, b] : [b, a];
        return calendar.addWorkingDays(d, n) < calendar.addWorkingDays(d, m);
      }),
      options,
    );
  });

  it('is monotonic in the trigger date', () => {
    fc.assert(
      fc.property(date, date, days, (x, y, n) => {
        const [d1, d2] = [x, y].sort(compareLocalDates) as [LocalDate, LocalDate];
        return calendar.addWorkingDays(d1, n) <= calendar.addWorkingDays(d2, n);
      }),
      options,
    );
  });

  it('composes: add(add(d, a), b) === add(d, a + b) (an extension adds onto the due date)', () => {
    fc.assert(
      fc.property(date, days, days, (d, a, b) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(d, a), b)).toBe(
          calendar.addWorkingDays(d, a + b),
        );
      }),
      options,
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
      }),
      options,
    );
  });

  it('addWorkingDays(d, workingDaysBetween(d, w)) === w for a working day w after d', () => {
    fc.assert(
      fc.property(date, date, (d, w) => {
        fc.pre(w > d && calendar.isWorkingDay(w));
        expect(calendar.addWorkingDays(d, calendar.workingDaysBetween(d, w))).toBe(w);
      }),
      options,
    );
  });

  it('workingDaysBetween is antisymmetric', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        // `0 - x` rather than `-x`: toBe tells -0 from 0, and the calendar never returns -0
        expect(calendar.workingDaysBetween(a, b)).toBe(0 - calendar.workingDaysBetween(b, a));
      }),
      options,
    );
  });

  it('a non-working trigger gives the same due date as the previous working day', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        let previous = d;
        while (!referenceIsWorkingDay(previous)) previous = nextDay(previous, -1);
        expect(calendar.addWorkingDays(d, Math.max(n, 1))).toBe(
          calendar.addWorkingDays(previous, Math.max(n, 1)),
        );
      }),
      options,
    );
  });

  it('agrees with the day-by-day reference: addWorkingDays and isWorkingDay', () => {
    fc.assert(
      fc.property(date, days, (d, n) => {
        expect(calendar.addWorkingDays(d, n)).toBe(referenceAdd(d, n));
        expect(calendar.isWorkingDay(d)).toBe(referenceIsWorkingDay(d));
      }),
      options,
    );
  });

  it('agrees with the day-by-day reference: workingDaysBetween over random ranges', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(calendar.workingDaysBetween(a, b)).toBe(referenceBetween(a, b));
      }),
      { numRuns: 300 },
    );
  });
});
