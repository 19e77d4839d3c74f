import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { PolicyRegistry } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import { Public } from '../auth/auth.decorators';
import { EmbeddedProjector } from '../read-models/embedded-projector.service';
import { EVENT_STORE } from '../store/tokens';
import { SubscriptionStatusRegistry } from './subscription-status.registry';

const UNHEALTHY = new Set(['failed', 'stopped', 'reconnecting']);

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  private readonly policyVersion = PolicyRegistry.default().current().version;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly subscriptions: SubscriptionStatusRegistry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projector: EmbeddedProjector,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Whether the event store answers and every subscription is running (public)',
  })
  check() {
    return this.health.check([
      async () => {
        const store = this.indicators.check('store');
        return this.store.ping().then(
          () => store.up(),
          (error: unknown) => store.down({ message: (error as Error).message }),
        );
      },
      () => {
        const subs = this.indicators.check('subscriptions');
        // EventStoreDB subscriptions report their connection state too (never silently dropped).
        const store = this.store as EventStore & { subscriptionStates?: () => string[] };
        const connections = (store.subscriptionStates?.() ?? []).map((state, i) => ({
          name: `store-subscription-${i + 1}`,
          state,
        }));
        const states = [...this.subscriptions.snapshot(), ...connections];
        const failing = states.filter((s) => UNHEALTHY.has(s.state));
        return failing.length ? subs.down({ states }) : subs.up({ states });
      },
      // Catching up is not a failure: the api answers at once and says how far behind it is.
      () => {
        const status: Record<string, unknown> = this.projector.readModelStatus() ?? {
          state: 'projected by a separate process',
        };
        return this.indicators.check('readModels').up(status);
      },
      () => this.indicators.check('policy').up({ version: this.policyVersion }),
    ]);
  }
}
