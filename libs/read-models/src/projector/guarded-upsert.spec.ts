import { powerOfTwoRuns } from './guarded-upsert';

describe('powerOfTwoRuns', () => {
  it('splits any batch into runs of 128, 64, … 1 rows, in order, losing nothing', () => {
    const sizes = new Set<number>();
    for (let n = 0; n <= 600; n++) {
      const items = Array.from({ length: n }, (_, i) => i);
      const runs = [...powerOfTwoRuns(items)];
      expect(runs.flat()).toEqual(items);
      for (const run of runs) {
        expect(Number.isInteger(Math.log2(run.length))).toBe(true);
        sizes.add(run.length);
      }
      // Largest first, so a batch takes as few statements as its binary digits allow.
      expect(runs.map((r) => r.length)).toEqual(
        [...runs.map((r) => r.length)].sort((a, b) => b - a),
      );
    }
    // So a table is written with at most eight statement texts, whatever the batch sizes.
    expect([...sizes].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
    expect([...powerOfTwoRuns([1, 2, 3, 4, 5, 6, 7], 4)].map((r) => r.length)).toEqual([4, 2, 1]);
  });
});
