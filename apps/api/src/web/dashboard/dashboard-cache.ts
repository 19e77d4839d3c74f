import type { Dashboard, DashboardFigures } from './get-dashboard.query';

/** Views kept: a few periods, each beside the one before. */
const KEPT = 16;

interface Count {
  readonly figures: DashboardFigures;
  /** The read models' position when the count began: every change up to it is counted. */
  readonly position: string;
  readonly at: Date;
}

export interface DashboardCacheOptions {
  /** How long a view waits for a count under way before showing the last one (the page says so). */
  readonly waitMs: number;
  readonly now: () => Date;
}

/**
 * The last count of each view, and at most one count under way per view. Counting every figure
 * scans the complaints a few dozen times (seconds at 100,000 complaints); the figures change only
 * when the projector moves its checkpoint (in the same transaction as the rows) or the day turns.
 * So a view asked for again unchanged is answered from the last count, and one asked for after a
 * change starts a new count and waits for it up to `waitMs`; past that it shows the last count,
 * marked as not up to date, and the next view shows the new one. A view never counted before
 * waits for its count.
 */
export class DashboardCache {
  private readonly counted = new Map<string, Count>();
  private readonly counting = new Map<string, { position: string; done: Promise<Dashboard> }>();

  constructor(private readonly options: DashboardCacheOptions) {}

  async view(
    key: string,
    position: string,
    count: () => Promise<DashboardFigures>,
  ): Promise<Dashboard> {
    const last = this.counted.get(key);
    if (last?.position === position) return shown(last, true);
    const next = this.countOnce(key, position, count);
    if (!last) return next;
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      next,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), this.options.waitMs);
      }),
    ]);
    clearTimeout(timer);
    return waited ?? shown(last, false);
  }

  /**
   * The count of `key` at `position`: the one under way if it began there, otherwise a new one,
   * started once the one under way has finished (two counts of a view never run at once).
   */
  private countOnce(
    key: string,
    position: string,
    count: () => Promise<DashboardFigures>,
  ): Promise<Dashboard> {
    const under = this.counting.get(key);
    if (under?.position === position) return under.done;
    const after = under ? under.done.then(noop, noop) : Promise.resolve();
    const done = after.then(async () => {
      const at = this.options.now();
      const figures = await count();
      const result = { figures, position, at };
      this.keep(key, result);
      return shown(result, true);
    });
    this.counting.set(key, { position, done });
    // A count nobody waits for any more fails quietly; the next view counts again.
    done.then(noop, noop).finally(() => {
      if (this.counting.get(key)?.done === done) this.counting.delete(key);
    });
    return done;
  }

  private keep(key: string, count: Count): void {
    this.counted.delete(key);
    if (this.counted.size >= KEPT) this.counted.delete(this.counted.keys().next().value!);
    this.counted.set(key, count);
  }
}

const noop = () => undefined;

const shown = ({ figures, at }: Count, upToDate: boolean): Dashboard => ({
  ...figures,
  counted: { at, upToDate },
});
