import { londonInstant, timeFieldValues } from './hazard-time';

/** A 24-hour clock starts at an instant: the form's date and time are read in England. */
describe('times typed into a hazard form', () => {
  it('reads a wall-clock time in GMT in winter and BST in summer', () => {
    expect(londonInstant('2025-11-03', 14, 30).toISOString()).toBe('2025-11-03T14:30:00.000Z');
    expect(londonInstant('2026-07-15', 9, 0).toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('reads the clock-change days sensibly', () => {
    // 25 October 2026: 01:30 happens twice; the first (BST) is taken. 12:00 is GMT.
    expect(londonInstant('2026-10-25', 1, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonInstant('2026-10-25', 12, 0).toISOString()).toBe('2026-10-25T12:00:00.000Z');
    // 29 March 2026: 01:30 does not exist; it is read as the hour after (02:30 BST).
    expect(londonInstant('2026-03-29', 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(londonInstant('2026-03-29', 12, 0).toISOString()).toBe('2026-03-29T11:00:00.000Z');
  });

  it('fills a form in from an instant, in England’s time', () => {
    expect(timeFieldValues('2026-07-15T08:05:00.000Z')).toEqual({
      'at-day': '15',
      'at-month': '7',
      'at-year': '2026',
      'at-hour': '09',
      'at-minute': '05',
    });
  });
});
