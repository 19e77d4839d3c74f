import { Global, Module } from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import type { RedressConfig } from '@redress/config';
import { EVENT_STORE, REDRESS_CONFIG } from '../../store/tokens';
import { UserDirectory } from '@redress/users';

/** The local user directory, for sign-in, the handler pickers and the API's handler check. */
@Global()
@Module({
  providers: [
    {
      provide: UserDirectory,
      useFactory: (store: EventStore, config: RedressConfig) =>
        new UserDirectory(store, { allowPrivateWebhooks: config.alerts.webhookAllowPrivate }),
      inject: [EVENT_STORE, REDRESS_CONFIG],
    },
  ],
  exports: [UserDirectory],
})
export class UsersModule {}
