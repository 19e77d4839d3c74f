import type {
  EventStore,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '../../port/event-store.port';
import { comparePositions, type Position } from '../../port/position';
import type { AppendSignal } from './append-signal';

const PAGE = 512;

/**
 * A subscription to `$all` for stores that can read pages of the log: it reads pages from the
 * checkpoint until a short page says it has caught up, then waits for the append signal (or a
 * poll interval, for writers in other processes) and reads on. Reading and live delivery are
 * one loop over the same log, so there is no gap and no duplicate at the switch.
 */
export class CatchUpSubscription implements Subscription {
  private closed = false;

  constructor(
    private readonly readAll: EventStore['readAll'],
    private readonly signal: AppendSignal,
    private readonly options: SubscribeOptions,
    /** How long to wait for an in-process signal before reading anyway (other writers). */
    private readonly pollMs?: number,
    /** Events per read while catching up; stores with cheap large reads may ask for more. */
    private readonly pageSize: number = PAGE,
  ) {}

  async close(): Promise<void> {
    this.closed = true;
    this.signal.wakeAll();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    let last: Position | undefined =
      this.options.fromPosition === 'start' ? undefined : this.options.fromPosition;
    let announced = false;
    while (!this.closed) {
      const seen = this.signal.version;
      const page = await this.readAll({
        fromPosition: last ?? 'start',
        maxCount: this.pageSize + 1,
        filter: this.options.filter,
      });
      // Reads are inclusive and the subscription is exclusive: skip what was already delivered.
      const fresh = last
        ? page.filter((e: RecordedEvent) => comparePositions(e.position, last!) > 0)
        : page;
      for (const event of fresh) {
        if (this.closed) return;
        last = event.position;
        yield { kind: 'event', event };
      }
      if (page.length <= this.pageSize) {
        if (!announced) {
          announced = true;
          yield { kind: 'caught-up' };
        }
        await this.signal.waitBeyond(seen, this.pollMs);
      }
    }
  }
}
