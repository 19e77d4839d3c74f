import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { type EventStore, SqliteEventStore } from '@redress/event-store';
import { EVENT_STORE } from '../store/tokens';
import { CommandMetrics } from './command-metrics';

/**
 * The embedded store's group commit, as counters read at each scrape: how many commits, and
 * how many appends and events they carried. Appends per commit is what group commit buys; a
 * falling ratio under the same load means more fsyncs for the same work.
 */
@Injectable()
export class StoreMetrics {
  constructor(@Inject(EVENT_STORE) store: EventStore, metrics: CommandMetrics) {
    if (!(store instanceof SqliteEventStore)) return;
    const counters = [
      ['commits', 'Write transactions the embedded store committed (one fsync each)'],
      ['appends', 'Appends those commits carried, successful or not'],
      ['events', 'Events those commits wrote'],
    ] as const;
    for (const [field, help] of counters) {
      new Counter({
        name: `redress_store_${field}_total`,
        help,
        registers: [metrics.registry],
        collect() {
          // The store keeps the count; the counter shows it as it is at the scrape.
          this.reset();
          this.inc(store.stats()[field]);
        },
      });
    }
  }
}
