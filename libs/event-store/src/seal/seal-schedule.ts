import type { EventStore } from '../port/event-store.port';
import { readLatestSeal } from './seal-book';
import type { SealKey } from './seal-key';
import { sealStore, type SealResult } from './seal-store';

/**
 * The first seal of a run waits this long (or the interval, if shorter), so a restart loop
 * cannot seal in a burst and the api is serving before it walks the log.
 */
const SETTLE_MS = 5 * 60_000;

export interface SealScheduleOptions {
  readonly store: EventStore;
  /** How often to seal, counted from the latest seal (REDRESS_SEAL_EVERY). */
  readonly everyMs: number;
  /** The signing key, asked for when a seal is made (it may be generated then). */
  readonly key: () => SealKey;
  readonly now: () => Date;
  readonly logger: { log(message: string): void; error(message: string): void };
}

/**
 * Seals the store every `everyMs`, counted from the latest seal, so a restart neither skips a
 * day nor seals twice. One timer, unref'd (it never keeps the process alive), cleared on stop
 * after any seal in progress has finished. Several processes may each run one: the seal
 * stream's expected revision makes the loser re-read. It runs wherever the api's background
 * work runs (its worker thread on the embedded default), because the first seal of a large
 * store walks the whole log.
 */
export class SealSchedule {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(private readonly options: SealScheduleOptions) {}

  start(): void {
    if (this.options.everyMs > 0) void this.planFromLatest();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async planFromLatest(): Promise<void> {
    const { store, everyMs, now, logger } = this.options;
    try {
      const latest = await readLatestSeal(store);
      const due = latest ? Date.parse(latest.statement.sealedAt) + everyMs : 0;
      this.plan(Math.max(Math.min(SETTLE_MS, everyMs), due - now().getTime()));
    } catch (error) {
      logger.error(`Cannot read the seal stream; sealing retries later: ${String(error)}`);
      this.plan(everyMs);
    }
  }

  private plan(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    // setTimeout holds at most 2^31-1 ms (24.8 days); a longer wait is taken in steps.
    const wait = Math.min(ms, 2 ** 31 - 1);
    this.timer = setTimeout(() => void this.tick(wait < ms ? ms - wait : 0), wait);
    this.timer.unref();
  }

  private async tick(remaining: number): Promise<void> {
    if (remaining > 0) return this.plan(remaining);
    const { store, key, now, logger } = this.options;
    try {
      const run: Promise<SealResult> = sealStore(store, {
        key: key(),
        now,
        actor: { id: 'redress-scheduler', role: 'system' },
      });
      this.running = run;
      const { document, checked } = await run;
      logger.log(
        `Sealed the store: ${document.statement.digest} at position ${document.statement.position.commit} (${checked} new events checked)`,
      );
    } catch (error) {
      logger.error(`Sealing failed: ${(error as Error).message}`);
    } finally {
      this.plan(this.options.everyMs);
    }
  }
}
