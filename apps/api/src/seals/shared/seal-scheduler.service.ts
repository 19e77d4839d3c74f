import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SealSchedule, sealStore, type EventStore, type SealResult } from '@redress/event-store';
import type { RedressConfig } from '@redress/config';
import { EmbeddedProjector } from '../../read-models/embedded-projector.service';
import { CLOCK, EVENT_STORE, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { SealKeyProvider } from './seal-key.provider';

/**
 * Seals the store every `REDRESS_SEAL_EVERY` (daily by default; SealSchedule), and on demand.
 * On the embedded default the schedule runs on the api's background worker thread, beside the
 * projector, so the first seal's walk of a large log never shares the request path's event
 * loop; otherwise (the projector off here, the memory store) it runs here.
 */
@Injectable()
export class SealScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule?: SealSchedule;
  private running?: Promise<unknown>;

  constructor(
    @Inject(REDRESS_CONFIG) config: RedressConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: SealKeyProvider,
    private readonly projector: EmbeddedProjector,
  ) {
    if (config.sealEveryMs <= 0 || projector.sealingWorker) return;
    const logger = new Logger('Seals');
    this.schedule = new SealSchedule({
      store,
      everyMs: config.sealEveryMs,
      key: () => keys.get(),
      now: () => clock.now(),
      logger: { log: (m) => logger.log(m), error: (m) => logger.error(m) },
    });
  }

  /** Where the schedule runs: here, or not here (the background worker's, or none). */
  get schedulesHere(): boolean {
    return this.schedule !== undefined;
  }

  onApplicationBootstrap(): void {
    this.schedule?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.schedule?.stop();
    await this.running?.catch(() => undefined);
  }

  /**
   * Seals now, for an admin's request (POST /audit/seals): on the background worker where it
   * seals on schedule, so the walk never holds up other requests; here otherwise.
   */
  sealNow(actor: { id: string; role: string }): Promise<SealResult> {
    const worker = this.projector.sealingWorker;
    const run = worker
      ? worker.seal(actor, this.clock.now())
      : sealStore(this.store, { key: this.keys.get(), now: () => this.clock.now(), actor });
    this.running = run;
    return run;
  }
}
