import type { AllStreamSubscription, EventStoreDBClient } from '@eventstore/db-client';
import { START } from '@eventstore/db-client';
import type {
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '../../port/event-store.port';
import { comparePositions, positionToJson, type Position } from '../../port/position';
import { readEndOfAll } from './esdb-all.reader';
import { isBeforeFirst, toReadPosition, toRecordedEvent } from './esdb-event.mapper';
import { planFilter, type FilterPlan } from './esdb-filter.mapper';
import { backoffDelay, sleep, type ReconnectBackoff } from './reconnect-backoff.policy';
import { SignalMarker, markSignals, type MarkedStream } from './subscription-signal.marker';

export type SubscriptionState = 'catching-up' | 'live' | 'reconnecting' | 'closed';

export interface SubscriptionLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

export interface ResilientSubscriptionSettings {
  readonly logger: SubscriptionLogger;
  readonly backoff: ReconnectBackoff;
  /** Told once when the subscription closes, so the store can stop reporting it. */
  readonly onClosed: (subscription: EsdbResilientSubscription) => void;
}

const CAUGHT_UP: SubscriptionMessage = Object.freeze({ kind: 'caught-up' });

/**
 * A subscription to `$all` that never drops silently. When the client's subscription fails or
 * ends without being closed (a dropped connection, a server restart, a leader change), it logs,
 * waits (exponential backoff, bounded, for ever), and subscribes again after the last event it
 * received, which it remembers across attempts; an event at or before that position is never
 * passed on twice. Consumers see one gap-free, duplicate-free sequence.
 *
 * Caught-up: servers since 23.10 send `caught_up`, which the client emits as `caughtUp`. For
 * older servers (assumed to send neither), the end of `$all` is read before each attempt and the
 * subscription counts as caught up once an event or a filter checkpoint reaches it. The port's
 * `caught-up` message is sent once; after a reconnection only `state` shows the catch-up again.
 *
 * Nothing is read until the first `next()`: the subscription starts when iteration does, and a
 * consumer that stops iterating (break, return, throw) closes it.
 */
export class EsdbResilientSubscription implements Subscription {
  private current: SubscriptionState = 'catching-up';
  private closed = false;
  private iterator?: AsyncGenerator<SubscriptionMessage>;
  private stream?: AllStreamSubscription;
  private readonly wake = new AbortController();
  private readonly plan: FilterPlan;
  /** The last event received (kept or filtered out); undefined means "from the beginning". */
  private resumeAfter?: Position;
  private announced = false;

  constructor(
    private readonly client: EventStoreDBClient,
    options: SubscribeOptions,
    private readonly settings: ResilientSubscriptionSettings,
  ) {
    const from = options.fromPosition ?? 'start';
    this.resumeAfter = from === 'start' || isBeforeFirst(from) ? undefined : from;
    this.plan = planFilter(options.filter);
  }

  get state(): SubscriptionState {
    return this.current;
  }

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    this.iterator ??= this.run();
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.current = 'closed';
    this.wake.abort();
    this.settings.onClosed(this);
    await this.dropStream();
  }

  private async *run(): AsyncGenerator<SubscriptionMessage> {
    let attempt = 0;
    try {
      while (!this.closed) {
        try {
          const endOfLog = await readEndOfAll(this.client);
          if (this.closed) return;
          const reached = (p: Position | undefined) =>
            !endOfLog || (p !== undefined && comparePositions(p, endOfLog) >= 0);
          let live = false;
          for await (const item of this.open()) {
            if (this.closed) return;
            if (item instanceof SignalMarker) {
              if (item.signal === 'fell-behind') {
                live = false;
                this.current = 'catching-up';
              } else if (
                !live &&
                // A confirmation has no position: subscribing at or past the end counts.
                (item.signal === 'caught-up' || reached(item.position ?? this.resumeAfter))
              ) {
                live = true;
                attempt = 0;
                this.current = 'live';
                if (!this.announced) yield this.announce();
              } else if (item.signal === 'confirmed' && !live) this.current = 'catching-up';
              continue;
            }
            const event = toRecordedEvent(item);
            if (!event) continue;
            if (this.resumeAfter && comparePositions(event.position, this.resumeAfter) <= 0) {
              continue; // already passed on before a reconnection
            }
            this.resumeAfter = event.position;
            attempt = 0;
            if (this.plan.keeps(event)) yield { kind: 'event', event };
            if (!live && reached(event.position)) {
              live = true;
              this.current = 'live';
              if (!this.announced) yield this.announce();
            }
          }
          if (this.closed) return;
          throw new Error('the server ended the subscription');
        } catch (error) {
          if (this.closed) return;
          attempt++;
          const delay = backoffDelay(this.settings.backoff, attempt);
          this.current = 'reconnecting';
          this.settings.logger.warn('EventStoreDB subscription to $all dropped; resubscribing', {
            error: error instanceof Error ? error.message : String(error),
            attempt,
            retryInMs: delay,
            resumeAfter: this.resumeAfter ? positionToJson(this.resumeAfter) : 'start',
          });
          await this.dropStream();
          await sleep(delay, this.wake.signal);
        }
      }
    } finally {
      await this.close();
    }
  }

  private announce(): SubscriptionMessage {
    this.announced = true;
    return CAUGHT_UP;
  }

  /** Subscribes after the last event received (exclusive), or from the start of `$all`. */
  private open(): MarkedStream {
    const stream = this.client.subscribeToAll({
      fromPosition: this.resumeAfter ? toReadPosition(this.resumeAfter) : START,
      filter: this.plan.serverFilter(markSignals.checkpoint),
    });
    this.stream = stream;
    return markSignals.attach(stream);
  }

  /**
   * Destroying the client's stream is what ends a pending read: after a cancel, the client
   * swallows the CANCELLED error and never ends the stream it handed out. Unsubscribing then
   * cancels the gRPC call itself. A status racing the cancel would be re-emitted as an 'error'
   * on a stream nobody reads any more, which Node treats as uncaught; hence the empty listener.
   */
  private async dropStream(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (!stream) return;
    stream.on('error', () => undefined);
    stream.destroy();
    await stream.unsubscribe().catch(() => undefined);
  }
}
