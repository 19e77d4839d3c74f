import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createNotifier, type Notifier } from '@redress/alerts';
import type { RedressConfig } from '@redress/config';
import type { EventStore } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import { SubscriptionStatusRegistry } from '../../health/subscription-status.registry';
import { EmbeddedProjector } from '../../read-models/embedded-projector.service';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { EVENT_STORE, REDRESS_CONFIG } from '../../store/tokens';

/**
 * Runs the notifier inside the api in the embedded default (REDRESS_NOTIFIER=embedded), so
 * `npm start` tells people with no other process; its role shows on /health. With
 * REDRESS_NOTIFIER=off, `npm run start:notifier` runs the same class alone. Where the projector
 * has a worker thread (a durable store), the notifier runs on that thread beside it and this
 * service only reports its status; otherwise (the memory store) it runs here.
 */
@Injectable()
export class EmbeddedNotifier implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly notifier?: Notifier;

  constructor(
    @Inject(READ_MODELS) connection: ReadModelConnection,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(REDRESS_CONFIG) config: RedressConfig,
    registry: SubscriptionStatusRegistry,
    projector: EmbeddedProjector,
  ) {
    if (config.alerts.notifier !== 'embedded') return;
    const worker = projector.notifierWorker;
    if (worker) {
      registry.register({
        name: 'notifier',
        status: () => {
          const s = worker.notifierStatus();
          return { ...s, state: s.role };
        },
      });
      return;
    }
    const logger = new Logger('Notifier');
    const notifier = createNotifier({
      config,
      store,
      connection,
      logger: {
        log: (m) => logger.log(m),
        warn: (m) => logger.warn(m),
        error: (m) => logger.error(m),
      },
    });
    this.notifier = notifier;
    registry.register({
      name: 'notifier',
      status: () => {
        const s = notifier.status();
        return { ...s, state: s.role };
      },
    });
  }

  onApplicationBootstrap(): void {
    this.notifier?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.notifier?.stop();
  }
}
