import type { Dashboard, DashboardFigures } from './get-dashboard.query';

/** Views kept: a few periods, each beside the one before. */
const KEPT = 16;

interface Count {
  readonly figures: DashboardFigures;
  /** The read models' position (and the day) when the count began: every change up to it is counted. */
  readonly position: string;
  readonly at: Date;
}

/** Counts a view's figures afresh. */
type Counting = () => Promise<DashboardFigures>;

/** A count of one view under way, from where the record was when it was asked for. */
interface Running {
  readonly position: string;
  readonly done: Promise<Dashboard>;
}

/** A count waiting for the one under way to finish: it takes the newest position asked for. */
interface Waiting {
  position: string;
  count: Counting;
  readonly done: Promise<Dashboard>;
}

export interface DashboardCacheOptions {
  /** How long a view waits for a count under way before showing the last one (the page says so). */
  readonly waitMs: number;
  readonly now: () => Date;
  /** A count that failed while an earlier one was shown instead. */
  readonly failed: (error: unknown) => void;
}

/**
 * The last count of each view, and at most one count under way per view (with at most one
 * waiting behind it). Counting every figure scans the complaints a few dozen times (seconds at
 * 100,000 complaints); the figures change only when the projector moves its checkpoint (in the
 * same transaction as the rows) or the day turns, which together are the `position`. So a view
 * asked for again unchanged is answered from the last count, and one asked for after a change
 * starts a new count and waits for it up to `waitMs`; past that (or if the count fails) it shows
 * the last count, marked as not up to date, and a later view shows the new one. A view never
 * counted before waits for its count.
 */
export class DashboardCache {
  private readonly counted = new Map<string, Count>();
  private readonly running = new Map<string, Running>();
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly options: DashboardCacheOptions) {}

  async view(key: string, position: string, count: Counting): Promise<Dashboard> {
    const last = this.counted.get(key);
    if (last?.position === position) return shown(last, true);
    const next = this.countOnce(key, position, count);
    if (!last) return next;
    if (this.options.waitMs <= 0) {
      // Not waiting at all, rather than racing a timer a quick count might beat.
      next.catch((error: unknown) => this.options.failed(error));
      return shown(last, false);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const waited = await Promise.race([
        next,
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), this.options.waitMs);
        }),
      ]);
      return waited ?? shown(last, false);
    } catch (error) {
      this.options.failed(error);
      return shown(last, false);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The count of `key` at `position`: the one under way if it began there; otherwise the one
   * waiting for it to finish, brought up to `position` (so changes arriving during a count add
   * one count after it, not one each).
   */
  private countOnce(key: string, position: string, count: Counting): Promise<Dashboard> {
    const running = this.running.get(key);
    if (!running) return this.run(key, position, count);
    if (running.position === position) return running.done;
    const waiting = this.waiting.get(key);
    if (waiting) {
      waiting.position = position;
      waiting.count = count;
      return waiting.done;
    }
    const job: Waiting = {
      position,
      count,
      done: running.done.then(noop, noop).then(() => {
        this.waiting.delete(key);
        return this.run(key, job.position, job.count);
      }),
    };
    this.waiting.set(key, job);
    job.done.catch(noop); // a failure nobody waits for any more: the next view counts again
    return job.done;
  }

  /** Runs a count, keeping what it counted as the view's last count. */
  private run(key: string, position: string, count: Counting): Promise<Dashboard> {
    const at = this.options.now();
    const done = count().then((figures) => {
      const result = { figures, position, at };
      this.keep(key, result);
      return shown(result, true);
    });
    this.running.set(key, { position, done });
    void done.then(noop, noop).finally(() => {
      if (this.running.get(key)?.done === done) this.running.delete(key);
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
