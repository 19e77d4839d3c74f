import fc from 'fast-check';
import { addCalendarDays, dayOfWeek, fromDayNumber, londonDateOf, toDayNumber } from './local-date';

const DAY_MS = 86_400_000;

describe('LocalDate properties', () => {
  it('day numbers agree with Date for every year 0001–9999', () => {
    const first = Math.ceil(Date.parse('0001-01-01T00:00:00Z') / DAY_MS);
    const last = Math.floor(Date.parse('9999-12-30T00:00:00Z') / DAY_MS); // leaves room for +1
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const viaDate = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(viaDate);
        expect(toDayNumber(viaDate)).toBe(day);
        expect(dayOfWeek(viaDate)).toBe(new Date(day * DAY_MS).getUTCDay());
        expect(addCalendarDays(viaDate, 1)).toBe(
          new Date((day + 1) * DAY_MS).toISOString().slice(0, 10),
        );
      }),
      { numRuns: 2000 },
    );
  });

  /**
   * UK rule since 1996: BST runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on
   * the last Sunday of October. This checks Intl (and the per-hour cache) against it.
   */
  function lastSundayAt1Utc(year: number, month: number): number {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  }
  function referenceLondonDate(ms: number): string {
    const year = new Date(ms).getUTCFullYear();
    const bst = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
    return new Date(ms + (bst ? 3_600_000 : 0)).toISOString().slice(0, 10);
  }

  it('londonDateOf follows GMT/BST, including around the clock changes', () => {
    const anyInstant = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2035-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.getTime());
    const nearChange = fc
      .tuple(
        fc.integer({ min: 2000, max: 2035 }),
        fc.constantFrom(2, 9),
        fc.integer({ min: -26 * 60, max: 26 * 60 }),
      )
      .map(([year, month, minutes]) => lastSundayAt1Utc(year, month) + minutes * 60_000);
    fc.assert(
      fc.property(fc.oneof(anyInstant, nearChange), (ms) => {
        expect(londonDateOf(new Date(ms))).toBe(referenceLondonDate(ms));
        expect(londonDateOf(new Date(ms).toISOString())).toBe(referenceLondonDate(ms));
      }),
      { numRuns: 2000 },
    );
  });
});
