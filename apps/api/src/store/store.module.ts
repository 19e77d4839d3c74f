import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { EventStore } from '@redress/event-store';
import { CLOCK, EVENT_STORE } from './tokens';

/** Provides the event store and the clock to every module; closes the store on shutdown. */
@Global()
@Module({})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static with(store: EventStore, clock = { now: () => new Date() }): DynamicModule {
    return {
      module: StoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [EVENT_STORE, CLOCK],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
