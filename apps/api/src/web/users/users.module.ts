import { Global, Module } from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';
import { UserDirectory } from '@redress/users';

/** The local user directory, for sign-in, the handler pickers and the API's handler check. */
@Global()
@Module({
  providers: [
    {
      provide: UserDirectory,
      useFactory: (store: EventStore) => new UserDirectory(store),
      inject: [EVENT_STORE],
    },
  ],
  exports: [UserDirectory],
})
export class UsersModule {}
