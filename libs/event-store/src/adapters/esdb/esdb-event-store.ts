import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
} from '@eventstore/db-client';
import { ConcurrencyError, StoreUnavailableError } from '../../port/concurrency-error';
import { GENESIS_HASH, hashOf, linkEvents } from '../../hash-chain/hash-chain';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../../port/event-store.port';
import { START as PORT_START } from '../../port/position';
import { checkExpectedRevision } from '../shared/expected-revision';
import { readAllFiltered, readEndOfAll } from './esdb-all.reader';
import { toConcurrencyError, toPortError } from './esdb-error.mapper';
import { toClientExpectedRevision, toEventData, toRecordedEvent } from './esdb-event.mapper';
import {
  EsdbResilientSubscription,
  type SubscriptionLogger,
  type SubscriptionState,
} from './esdb-resilient.subscription';
import { DEFAULT_BACKOFF, type ReconnectBackoff } from './reconnect-backoff.policy';

export interface EsdbEventStoreOptions {
  /** Where dropped subscriptions are reported. Defaults to the console. */
  readonly logger?: SubscriptionLogger;
  /** Subscription reconnection waits. Defaults to 100 ms doubling up to 5 s. */
  readonly backoff?: ReconnectBackoff;
  /** How long ping waits for an answer before calling the store unavailable. Default 5 s. */
  readonly pingTimeoutMs?: number;
}

/**
 * The EventStore port on EventStoreDB through `@eventstore/db-client` v6 (architecture
 * decision 4). Events are JSON with the writer's ids; revisions and positions are the server's.
 * The contract suite runs it against a fake server in test support, and against a real server
 * when ESDB_TEST_URL is set.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly logger: SubscriptionLogger;
  private readonly subscriptions = new Set<EsdbResilientSubscription>();
  /** Linked appends in flight per stream, so this process's own writers take turns. */
  private readonly linkQueues = new Map<string, Promise<unknown>>();

  /** @param connectionString e.g. `esdb://127.0.0.1:2113?tls=false` */
  constructor(
    connectionString: string,
    private readonly options: EsdbEventStoreOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.logger = options.logger ?? console;
  }

  async appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (options.linkChain) return this.appendLinked(stream, events, options.expectedRevision);
    const expected = options.expectedRevision;
    if (events.length === 0) return this.appendNothing(stream, expected);
    try {
      const result = await this.client.appendToStream(stream, events.map(toEventData), {
        expectedRevision: toClientExpectedRevision(expected),
      });
      const revision = result.nextExpectedRevision;
      // The server may answer `no_position` (the protocol allows it); the event has one anyway.
      const position = result.position ?? (await this.positionOf(stream, revision));
      return { nextExpectedRevision: revision, position };
    } catch (error) {
      throw toConcurrencyError(error, stream, expected) ?? toPortError(error, 'append');
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const read = this.client.readStream(stream, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: from === 'start' ? START : from === 'end' ? END : from,
      ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toPortError(error, `read ${stream}`);
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    try {
      return await readAllFiltered(this.client, options);
    } catch (error) {
      throw toPortError(error, 'read $all');
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): EsdbResilientSubscription {
    const subscription = new EsdbResilientSubscription(this.client, options, {
      logger: this.logger,
      backoff: this.options.backoff ?? DEFAULT_BACKOFF,
      onClosed: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The state of every open subscription, for the health check. */
  subscriptionStates(): SubscriptionState[] {
    return [...this.subscriptions].map((s) => s.state);
  }

  /** Reads the last record of `$all`: cheap, and fails when the server cannot be reached. */
  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 5_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(new StoreUnavailableError(`EventStoreDB did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([readEndOfAll(this.client), timeout]);
    } catch (error) {
      throw toPortError(error, 'answer a ping');
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  /**
   * Appending no events writes nothing, and the client cannot report the stream's state for
   * it (a missing stream comes back as revision 0). So it is answered here, the way the other
   * adapters answer it: check the expectation against the stream's last event and return it.
   */
  private async appendNothing(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const current = last?.revision ?? -1n;
    checkExpectedRevision(stream, expected, current);
    return { nextExpectedRevision: current, position: last?.position ?? PORT_START };
  }

  /**
   * EventStoreDB cannot compute a hash inside its append, so a linked append reads the head,
   * links after it and appends at that revision, and on a conflict (another process appended
   * first) reads and links again. Appends from this process to the same stream take turns, so
   * only other processes can cause a retry.
   */
  private appendLinked(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const run = async (): Promise<AppendResult> => {
      for (let attempt = 1; ; attempt++) {
        const [head] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
        const current = head?.revision ?? -1n;
        checkExpectedRevision(stream, expected, current);
        const linked = linkEvents(stream, events, current + 1n, hashOf(head) ?? GENESIS_HASH);
        try {
          return await this.appendToStream(stream, linked, {
            expectedRevision: current < 0n ? 'no_stream' : current,
          });
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt >= 50) throw error;
        }
      }
    };
    const previous = this.linkQueues.get(stream) ?? Promise.resolve();
    const result = previous.then(run, run);
    const settled = result.catch(() => undefined);
    this.linkQueues.set(stream, settled);
    void settled.then(() => {
      if (this.linkQueues.get(stream) === settled) this.linkQueues.delete(stream);
    });
    return result;
  }

  /** The position of one event, for appends answered without one. */
  private async positionOf(stream: string, revision: bigint) {
    const [event] = await this.readStream(stream, { fromRevision: revision, maxCount: 1 });
    return event?.position ?? PORT_START;
  }
}
