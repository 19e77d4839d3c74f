import { GENESIS_HASH, hashOf, linkEvents } from '../../hash-chain/hash-chain';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
  Subscription,
} from '../../port/event-store.port';
import { comparePositions } from '../../port/position';
import { AppendSignal } from '../shared/append-signal';
import { CatchUpSubscription } from '../shared/catch-up-subscription';
import { matchesFilter } from '../shared/event-filter';
import { checkExpectedRevision } from '../shared/expected-revision';
import { sliceStream } from '../shared/slice-stream';
import { assertDistinctStreams } from '../shared/stream-appends';

/** Everything in process memory: for unit tests, and nothing survives a restart. */
export class MemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<CatchUpSubscription>();

  async appendToStream(
    stream: string,
    given: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const [result] = await this.appendToStreams([{ stream, events: given, options }]);
    return result!;
  }

  /** Every expected revision is checked before anything is written: all or nothing. */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    assertDistinctStreams(appends);
    for (const { stream, options } of appends)
      checkExpectedRevision(
        stream,
        options.expectedRevision,
        BigInt((this.streams.get(stream) ?? []).length) - 1n,
      );
    // One clock reading: the streams' events were stored together.
    const created = new Date();
    return appends.map(({ stream, events, options }) =>
      this.write(stream, events, options, created),
    );
  }

  private write(
    stream: string,
    given: readonly EventToAppend[],
    options: AppendOptions,
    created: Date,
  ): AppendResult {
    const existing = this.streams.get(stream) ?? [];
    const current = BigInt(existing.length) - 1n;
    // Copied through JSON so later changes by the caller cannot alter what was "stored".
    const copied = given.map((e) => JSON.parse(JSON.stringify(e)) as EventToAppend);
    const events = options.linkChain
      ? linkEvents(stream, copied, current + 1n, hashOf(existing.at(-1)) ?? GENESIS_HASH)
      : copied;
    const recorded = events.map((e, i): RecordedEvent => {
      const at = BigInt(this.log.length + i);
      return {
        ...e,
        stream,
        revision: current + 1n + BigInt(i),
        position: { commit: at, prepare: at },
        created,
      };
    });
    this.log.push(...recorded);
    this.streams.set(stream, [...existing, ...recorded]);
    if (recorded.length > 0) this.signal.notify();
    const last = recorded[recorded.length - 1];
    return {
      nextExpectedRevision: current + BigInt(recorded.length),
      position: last?.position ??
        this.log[this.log.length - 1]?.position ?? { commit: 0n, prepare: 0n },
    };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return sliceStream(this.streams.get(stream) ?? [], options);
  }

  /**
   * A page of the log from a position. Positions here are indexes into the log, so a page starts
   * where its position points and stops once it is full, rather than filtering the whole log:
   * paging through a million events (a rebuild, a catch-up) stays linear.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const max = options.maxCount ?? Infinity;
    const page: RecordedEvent[] = [];
    const step = backwards ? -1 : 1;
    let i = this.startIndex(from, backwards);
    for (; i >= 0 && i < this.log.length && page.length < max; i += step) {
      const event = this.log[i]!;
      if (matchesFilter(event, options.filter)) page.push(event);
    }
    return page;
  }

  /**
   * The first index at or after (at or before, backwards) `from`; 'start' and 'end' leave the
   * range open in either direction, as in the SQLite store.
   */
  private startIndex(from: ReadAllOptions['fromPosition'], backwards: boolean): number {
    if (from === 'start' || from === 'end' || from === undefined)
      return backwards ? this.log.length - 1 : 0;
    let i = Math.min(Math.max(Number(from.commit), 0), this.log.length - 1);
    if (backwards) {
      while (i >= 0 && comparePositions(this.log[i]!.position, from) > 0) i--;
    } else {
      if (i < 0) return 0;
      while (i > 0 && comparePositions(this.log[i - 1]!.position, from) >= 0) i--;
      while (i < this.log.length && comparePositions(this.log[i]!.position, from) < 0) i++;
    }
    return i;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = new CatchUpSubscription((o) => this.readAll(o), this.signal, options);
    this.subscriptions.add(subscription);
    return subscription;
  }

  async ping(): Promise<void> {}

  /** Ends every open subscription, so no reader is left waiting for ever. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.subscriptions.clear();
  }
}
