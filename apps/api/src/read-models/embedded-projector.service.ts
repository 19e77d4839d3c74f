import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import { ProjectionHost, type ReadModelConnection } from '@redress/read-models';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import type { RedressConfig } from '@redress/config';
import { SubscriptionStatusRegistry } from '../health/subscription-status.registry';
import { EVENT_STORE, REDRESS_CONFIG } from '../store/tokens';
import { READ_MODELS } from './read-models.tokens';

/**
 * Runs the projector inside the api in embedded mode (decision 7), so `npm start` is one
 * process; its state shows on /health. With REDRESS_PROJECTOR=off a separate projector
 * (`npm run start:projector`) keeps the same tables up to date instead.
 */
@Injectable()
export class EmbeddedProjector
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly host?: ProjectionHost;

  constructor(
    @Inject(READ_MODELS) private readonly readModels: ReadModelConnection,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(REDRESS_CONFIG) config: RedressConfig,
    registry: SubscriptionStatusRegistry,
  ) {
    if (config.projector !== 'embedded') return;
    const logger = new Logger('Projector');
    this.host = new ProjectionHost({
      store,
      connection: readModels,
      serializer,
      calendar,
      policies,
      logger: {
        log: (m) => logger.log(m),
        warn: (m) => logger.warn(m),
        error: (m) => logger.error(m),
      },
    });
    const host = this.host;
    registry.register({ name: 'projector', status: () => ({ ...host.status() }) });
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
    await this.host?.settled(timeoutMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.host?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readModels.close();
  }
}
