/** One event as the fake server holds it: the fields a RecordedEvent message carries. */
export interface StoredEvent {
  readonly id: string;
  readonly stream: string;
  readonly revision: bigint;
  /** Used for both the commit and the prepare position. */
  readonly position: bigint;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, which is what the client decodes. */
  readonly createdTicks: bigint;
}

export type ProposedEvent = Pick<
  StoredEvent,
  'id' | 'type' | 'contentType' | 'data' | 'customMetadata'
>;

export type ExpectedState = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type AppendOutcome =
  | { readonly ok: true; readonly current: bigint | 'no_stream'; readonly position?: bigint }
  | { readonly ok: false; readonly current: bigint | 'no_stream' };

/**
 * The whole database: the global log (`$all`) and an index of streams, all in memory. Appends
 * are applied synchronously, so on Node's single thread each one is atomic and concurrent
 * appends at the same expected revision cannot both win.
 */
export class EventLogStore {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly waiters = new Set<() => void>();
  /** Positions grow by each record's size, like byte offsets, so they cannot pass for counts. */
  private nextPosition = 0n;

  stream(name: string): readonly StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  append(stream: string, expected: ExpectedState, events: readonly ProposedEvent[]): AppendOutcome {
    const existing = this.streams.get(stream);
    const last = existing ? BigInt(existing.length - 1) : undefined;
    const current = last ?? 'no_stream';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && !existing) ||
      (expected === 'stream_exists' && !!existing) ||
      (typeof expected === 'bigint' && expected === last);
    if (!ok) return { ok: false, current };
    // An empty append writes nothing and, like EventStoreDB, does not create the stream.
    if (events.length === 0) return { ok: true, current };
    const target = existing ?? [];
    const createdTicks = BigInt(Date.now()) * 10_000n;
    for (const proposed of events) {
      const stored: StoredEvent = {
        ...proposed,
        stream,
        revision: BigInt(target.length),
        position: this.nextPosition,
        createdTicks,
      };
      this.nextPosition +=
        BigInt(96 + stream.length + proposed.type.length) +
        BigInt(proposed.data.length + proposed.customMetadata.length);
      target.push(stored);
      this.all.push(stored);
    }
    this.streams.set(stream, target);
    for (const wake of [...this.waiters]) wake();
    const tail = target[target.length - 1]!;
    return { ok: true, current: tail.revision, position: tail.position };
  }

  /** Index of the first event at or after `position` in `$all` (its length when none). */
  firstIndexAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.all[mid]!.position < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Resolves once `$all` holds more than `length` events, or when the signal aborts. */
  waitForMoreThan(length: number, signal: AbortSignal): Promise<void> {
    if (this.all.length > length || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
