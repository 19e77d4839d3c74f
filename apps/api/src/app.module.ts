import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { EventStore } from '@redress/event-store';
import type { ReadModelConnection } from '@redress/read-models';
import type { Logger } from 'pino';
import { JwtAuthGuard, TOKEN_KEYS } from './auth/jwt-auth.guard';
import type { TokenKeys } from './auth/token-keys';
import { AlertsModule } from './alerts/alerts.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { ConfigModule } from './config/config.module';
import type { RedressConfig } from '@redress/config';
import { HazardsModule } from './hazards/hazards.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { ProblemDetailsFilter } from './problem-details/problem-details.filter';
import { ReadModelsModule } from './read-models/read-models.module';
import { ReportsModule } from './reports/reports.module';
import { SealsModule } from './seals/seals.module';
import { ServiceRequestsModule } from './service-requests/service-requests.module';
import { StoreModule } from './store/store.module';
import { ReferenceModule } from './complaints/reference/reference.module';
import { UsersModule } from './web/users/users.module';
import { WebModule } from './web/web.module';
import type { Clock } from './store/tokens';

export interface AppDependencies {
  readonly config: RedressConfig;
  readonly store: EventStore;
  /** The read-model database; the embedded projector fills it unless configured off. */
  readonly readModels: ReadModelConnection;
  readonly keys: TokenKeys;
  readonly clock?: Clock;
  /** The api's pino logger; one writing JSON lines to stdout at the configured level if absent. */
  readonly logger?: Logger;
}

/** The api, composed from what `createApp` built: nothing here reads the environment. */
@Module({})
export class AppModule {
  static with(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.with(deps.config),
        StoreModule.with(deps.store, deps.clock),
        HealthModule,
        MetricsModule,
        ReadModelsModule.with(deps.readModels),
        ComplaintsModule,
        HazardsModule,
        ServiceRequestsModule,
        ReportsModule,
        SealsModule,
        AlertsModule,
        ReferenceModule,
        UsersModule,
        WebModule,
      ],
      providers: [
        { provide: TOKEN_KEYS, useValue: deps.keys },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
