import { londonDateTime } from './filters';

describe('londonDateTime', () => {
  it.each([
    ['2025-01-10T12:00:00Z', '10 January 2025 at 12:00pm'],
    ['2025-01-10T00:30:00Z', '10 January 2025 at 12:30am'],
    ['2025-06-18T10:00:00Z', '18 June 2025 at 11:00am'],
  ])('writes %s as %s (noon and midnight as 12, not 0)', (instant, text) => {
    expect(londonDateTime(instant)).toBe(text);
  });
});
