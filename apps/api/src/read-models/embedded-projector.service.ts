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
