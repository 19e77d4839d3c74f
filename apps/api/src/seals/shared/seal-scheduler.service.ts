import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { readLatestSeal, sealStore, type EventStore, type SealResult } from '@redress/event-store';
import type { RedressConfig } from '@redress/config';
import { CLOCK, EVENT_STORE, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { SealKeyProvider } from './seal-key.provider';

/**
 * The first seal of a run waits this long (or the interval, if shorter), so a restart loop
 * cannot seal in a burst and the api is serving before it walks the log.
 */
const SETTLE_MS = 5 * 60_000;

/**
 * Seals the store every `REDRESS_SEAL_EVERY` (daily by default), counted from the latest seal,
 * so a restart neither skips a day nor seals twice. One timer, unref'd (it never keeps the
 * process alive), cleared on shutdown after any seal in progress has finished. Several api
 * processes may each run one: the seal stream's expected revision makes the loser re-read.
 */
@Injectable()
export class SealScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Seals');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: SealKeyProvider,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.sealEveryMs > 0) void this.planFromLatest();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Seals now (the admin endpoint and the timer both come here). */
  sealNow(actor: { id: string; role: string }): Promise<SealResult> {
    const run = sealStore(this.store, {
      key: this.keys.get(),
      now: () => this.clock.now(),
      actor,
    });
    this.running = run;
    return run;
  }

  private async planFromLatest(): Promise<void> {
    try {
      const latest = await readLatestSeal(this.store);
      const due = latest ? Date.parse(latest.statement.sealedAt) + this.config.sealEveryMs : 0;
      const settle = Math.min(SETTLE_MS, this.config.sealEveryMs);
      this.plan(Math.max(settle, due - this.clock.now().getTime()));
    } catch (error) {
      this.logger.error(`Cannot read the seal stream; sealing retries later: ${String(error)}`);
      this.plan(this.config.sealEveryMs);
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
    try {
      const { document, checked } = await this.sealNow({ id: 'redress-scheduler', role: 'system' });
      this.logger.log(
        `Sealed the store: ${document.statement.digest} at position ${document.statement.position.commit} (${checked} new events checked)`,
      );
    } catch (error) {
      this.logger.error(`Sealing failed: ${(error as Error).message}`);
    } finally {
      this.plan(this.config.sealEveryMs);
    }
  }
}
