import {
  ConcurrencyError,
  MemoryEventStore,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionMessage,
} from '@redress/event-store';

/**
 * An in-memory store whose complaint streams begin at revision `offset` instead of 0, as an
 * EventStoreDB stream does after a truncate-before or a soft delete and re-creation: revisions
 * carry on, so the first event read is not revision 0 and the count is not the last revision.
 */
export class LaterRevisionStore implements EventStore {
  private readonly inner = new MemoryEventStore();

  constructor(
    private readonly offset: bigint,
    private readonly prefix = 'complaint-',
  ) {}

  private shift(stream: string): bigint {
    return stream.startsWith(this.prefix) ? this.offset : 0n;
  }

  private out = (event: RecordedEvent): RecordedEvent => ({
    ...event,
    revision: event.revision + this.shift(event.stream),
  });

  async appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    const shift = this.shift(stream);
    const expected = options.expectedRevision;
    try {
      const result = await this.inner.appendToStream(stream, events, {
        expectedRevision: typeof expected === 'bigint' ? expected - shift : expected,
      });
      return { ...result, nextExpectedRevision: result.nextExpectedRevision + shift };
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const actual = error.actual === 'no_stream' ? error.actual : error.actual + shift;
      throw new ConcurrencyError(stream, expected, actual);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision;
    const inner = await this.inner.readStream(stream, {
      ...options,
      fromRevision: typeof from === 'bigint' ? from - this.shift(stream) : from,
    });
    return inner.map(this.out);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.inner.readAll(options)).map(this.out);
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    const inner = this.inner.subscribeToAll(options);
    const out = this.out;
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
        for await (const message of inner) {
          yield message.kind === 'event' ? { kind: 'event', event: out(message.event) } : message;
        }
      },
    };
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
