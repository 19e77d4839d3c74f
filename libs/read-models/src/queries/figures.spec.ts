import { percentage, percentile } from './figures';

describe('figures', () => {
  it('percentages to one decimal place, none of nothing', () => {
    expect(percentage(129, 284)).toBe(45.4);
    expect(percentage(-87, 371)).toBe(-23.5);
    expect(percentage(1, 0)).toBeNull();
  });

  it('nearest-rank percentiles from a histogram agree with sorting every value', () => {
    const values = [5, 1, 3, 3, 9, 2, 2, 2, 7, 10, 4];
    const histogram = new Map<number, number>();
    for (const v of values) histogram.set(v, (histogram.get(v) ?? 0) + 1);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [1, 10, 50, 90, 100]) {
      expect(percentile(histogram, p)).toBe(sorted[Math.ceil((p / 100) * sorted.length) - 1]);
    }
    expect(percentile(new Map(), 50)).toBeNull();
  });
});
