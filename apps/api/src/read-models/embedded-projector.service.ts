import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore, SqliteEventStore } from '@redress/event-store';
import { ProjectionHost, waitUntilProjected, type ReadModelConnection } from '@redress/read-models';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { storeChoice, type RedressConfig } from '@redress/config';
import { BackgroundWorker } from '../background/background-worker';
import { SubscriptionStatusRegistry } from '../health/subscription-status.registry';
import { EVENT_STORE, REDRESS_CONFIG } from '../store/tokens';
import { READ_MODELS } from './read-models.tokens';

/**
 * Runs the projector inside the api in embedded mode (decision 7), so `npm start` is one
 * process; its state shows on /health. With a durable store and read models it runs on a worker
 * thread of its own (BackgroundWorker), so projecting never holds up a request; over the memory
 * store or in-memory read models (tests, demos) it runs on the main thread, the only place that
 * can see them. With REDRESS_PROJECTOR=off a separate projector (`npm run start:projector`) keeps
 * the same tables up to date instead.
 */
@Injectable()
export class EmbeddedProjector
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly host?: ProjectionHost | BackgroundWorker;
  private stopWaking?: () => void;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModelConnection,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDRESS_CONFIG) config: RedressConfig,
    registry: SubscriptionStatusRegistry,
  ) {
    if (config.projector !== 'embedded') return;
    const nest = new Logger('Projector');
    const logger = {
      log: (m: string) => nest.log(m),
      warn: (m: string) => nest.warn(m),
      error: (m: string) => nest.error(m),
    };
    if (config.store !== 'memory' && readModels.location !== ':memory:') {
      const worker = new BackgroundWorker({
        store: storeChoice(config),
        readModels: config.readModels,
        // The embedded notifier shares the worker (EmbeddedNotifier then only reports it).
        notifier: config.alerts.notifier === 'embedded' ? config : undefined,
        // So does sealing on schedule (SealScheduler then leaves it to the worker).
        seal:
          config.sealEveryMs > 0
            ? { everyMs: config.sealEveryMs, dataDir: config.dataDir, keyPem: config.sealKey }
            : undefined,
        logger,
      });
      this.host = worker;
      // The SQLite store tells the worker of each commit; it polls as well, for other processes.
      this.stopWaking = (store as Partial<SqliteEventStore>).onCommitted?.(() => worker.appended());
    } else {
      this.host = new ProjectionHost({
        store,
        connection: readModels,
        serializer,
        calendar,
        policies,
        logger,
      });
    }
    const host = this.host;
    registry.register({ name: 'projector', status: () => ({ ...host.status() }) });
  }

  /** The worker thread, when it runs the alert notifier too. */
  get notifierWorker(): BackgroundWorker | undefined {
    return this.host instanceof BackgroundWorker && this.host.runsNotifier ? this.host : undefined;
  }

  /** The worker thread, when it seals the store (on schedule and on demand; the main thread does not). */
  get sealingWorker(): BackgroundWorker | undefined {
    return this.host instanceof BackgroundWorker && this.host.sealsStore ? this.host : undefined;
  }

  /** Where the projector runs: its own worker thread, the main one, or not here at all. */
  get thread(): 'worker' | 'main' | undefined {
    if (!this.host) return undefined;
    return this.host instanceof BackgroundWorker ? 'worker' : 'main';
  }

  onApplicationBootstrap(): void {
    this.host?.start();
  }

  /**
   * Whether the read models are behind the store, for /health and report responses: `projected`
   * events so far this run, and `lagSeconds` since the newest projected event was written (0
   * when live). Undefined when the projector runs as its own process (REDRESS_PROJECTOR=off).
   */
  readModelStatus():
    { state: string; catchingUp: boolean; lagSeconds: number; projected: number } | undefined {
    if (!this.host) return undefined;
    const status = this.host.status();
    const catchingUp = status.state !== 'live';
    return {
      state: status.state,
      catchingUp,
      lagSeconds: catchingUp ? Math.round(status.lagSeconds) : 0,
      projected: status.handled,
    };
  }

  /** Tests and the CLI wait on this: resolves when the read models have every complaint event. */
  async settled(timeoutMs?: number): Promise<void> {
    const host = this.host;
    if (host) await waitUntilProjected(this.store, this.readModels, () => host.status(), timeoutMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopWaking?.();
    await this.host?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readModels.close();
  }
}
