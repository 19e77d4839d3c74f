import { DashboardCache } from './dashboard-cache';
import type { DashboardFigures } from './get-dashboard.query';

/** A count the test finishes when it chooses. */
function deferred() {
  let resolve!: (f: DashboardFigures) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<DashboardFigures>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Stand-in figures: the cache never looks inside them, so a marker is enough to tell counts apart. */
const figures = (n: number) => ({ marker: n }) as unknown as DashboardFigures;
const markerOf = (d: unknown) => (d as { marker: number }).marker;

describe('the dashboard cache: the last count until the record moves on (CHC 9.7 figures)', () => {
  let clock: number;
  let failures: unknown[];
  const cache = (waitMs: number) =>
    new DashboardCache({
      waitMs,
      now: () => new Date(Date.UTC(2025, 3, 17, 10, 0, clock++)),
      failed: (error) => failures.push(error),
    });
  beforeEach(() => {
    clock = 0;
    failures = [];
  });

  it('waits for the first count of a view, and answers again from it while nothing changes', async () => {
    const c = cache(0);
    const count = jest.fn(() => Promise.resolve(figures(1)));
    const first = await c.view('year', 'p1', count);
    expect(markerOf(first)).toBe(1);
    expect(first.counted).toEqual({
      at: new Date(Date.UTC(2025, 3, 17, 10, 0, 0)),
      upToDate: true,
    });
    const again = await c.view('year', 'p1', count);
    expect(markerOf(again)).toBe(1);
    expect(again.counted.upToDate).toBe(true);
    expect(count).toHaveBeenCalledTimes(1);
    // Another view (a quarter, say) is counted on its own.
    await c.view('quarter', 'p1', count);
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('after a change shows the new count when it is done within the wait', async () => {
    const c = cache(60_000);
    await c.view('year', 'p1', () => Promise.resolve(figures(1)));
    const next = await c.view('year', 'p2', () => Promise.resolve(figures(2)));
    expect(markerOf(next)).toBe(2);
    expect(next.counted.upToDate).toBe(true);
  });

  it('with no wait at all, after a change shows the last count even when the new one is instant', async () => {
    const c = cache(0);
    await c.view('year', 'p1', () => Promise.resolve(figures(1)));
    const meanwhile = await c.view('year', 'p2', () => Promise.resolve(figures(2)));
    expect(markerOf(meanwhile)).toBe(1);
    expect(meanwhile.counted.upToDate).toBe(false);
    // The count went on without anyone waiting for it, and the next view shows it.
    const later = await c.view('year', 'p2', () => Promise.resolve(figures(3)));
    expect(markerOf(later)).toBe(2);
    expect(later.counted.upToDate).toBe(true);
  });

  it('after a change shows the last count, marked as not up to date, while a slow count runs; then the new one', async () => {
    const c = cache(20);
    await c.view('year', 'p1', () => Promise.resolve(figures(1)));
    const slow = deferred();
    const shown = await c.view('year', 'p2', () => slow.promise);
    expect(markerOf(shown)).toBe(1);
    expect(shown.counted).toEqual({
      at: new Date(Date.UTC(2025, 3, 17, 10, 0, 0)),
      upToDate: false,
    });
    // Asked again before the count is done: still the last one, and no second count.
    const count = jest.fn(() => Promise.resolve(figures(99)));
    expect(markerOf(await c.view('year', 'p2', count))).toBe(1);
    expect(count).not.toHaveBeenCalled();
    slow.resolve(figures(2));
    await slow.promise;
    const now = await c.view('year', 'p2', count);
    expect(markerOf(now)).toBe(2);
    expect(now.counted).toEqual({ at: new Date(Date.UTC(2025, 3, 17, 10, 0, 1)), upToDate: true });
    expect(count).not.toHaveBeenCalled();
  });

  it('never runs two counts of a view at once, and changes during a count add one count after it, at the newest position', async () => {
    const c = cache(0);
    await c.view('year', 'p1', () => Promise.resolve(figures(1)));
    const second = deferred();
    const third = jest.fn(() => Promise.resolve(figures(3)));
    const fourth = jest.fn(() => Promise.resolve(figures(4)));
    await c.view('year', 'p2', () => second.promise);
    await c.view('year', 'p3', third);
    await c.view('year', 'p4', fourth);
    expect(third).not.toHaveBeenCalled();
    expect(fourth).not.toHaveBeenCalled();
    second.resolve(figures(2));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // p3's count was overtaken while it waited: only p4's runs.
    expect(third).not.toHaveBeenCalled();
    expect(fourth).toHaveBeenCalledTimes(1);
    const now = await c.view('year', 'p4', fourth);
    expect(markerOf(now)).toBe(4);
    expect(now.counted.upToDate).toBe(true);
    expect(fourth).toHaveBeenCalledTimes(1);
  });

  it('a count that fails after an earlier one shows the earlier one, not up to date, and says why in the log', async () => {
    const c = cache(60_000);
    await c.view('year', 'p1', () => Promise.resolve(figures(1)));
    const shown = await c.view('year', 'p2', () => Promise.reject(new Error('disk gone')));
    expect(markerOf(shown)).toBe(1);
    expect(shown.counted.upToDate).toBe(false);
    expect(failures).toEqual([new Error('disk gone')]);
    // The next view counts again.
    expect(markerOf(await c.view('year', 'p2', () => Promise.resolve(figures(2))))).toBe(2);
  });

  it('a count that fails is reported to the view waiting for it, and the next view counts again', async () => {
    const c = cache(0);
    await expect(
      c.view('year', 'p1', () => Promise.reject(new Error('disk gone'))),
    ).rejects.toThrow('disk gone');
    expect(markerOf(await c.view('year', 'p1', () => Promise.resolve(figures(1))))).toBe(1);
  });
});
