import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { EventStore } from '@redress/event-store';
import { JwtAuthGuard, TOKEN_KEYS } from './auth/jwt-auth.guard';
import type { TokenKeys } from './auth/token-keys';
import { ComplaintsModule } from './complaints/complaints.module';
import type { RedressConfig } from './config/redress-config';
import { HealthModule } from './health/health.module';
import { loggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter';
import { StoreModule } from './store/store.module';
import { REDRESS_CONFIG, type Clock } from './store/tokens';

export interface AppDependencies {
  readonly config: RedressConfig;
  readonly store: EventStore;
  readonly keys: TokenKeys;
  readonly clock?: Clock;
}

/** The api, composed from what `createApp` built: nothing here reads the environment. */
@Module({})
export class AppModule {
  static with(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule(deps.config),
        StoreModule.with(deps.store, deps.clock),
        HealthModule,
        MetricsModule,
        ComplaintsModule,
      ],
      providers: [
        { provide: REDRESS_CONFIG, useValue: deps.config },
        { provide: TOKEN_KEYS, useValue: deps.keys },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
