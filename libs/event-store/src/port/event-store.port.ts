import type { Position } from './position';

/**
 * The event store port (architecture decision 4). Three adapters implement it: memory (tests),
 * SQLite (the embedded default) and EventStoreDB. Revisions are bigints as in EventStoreDB: the
 * first event of a stream is revision 0n.
 */
export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | bigint;

/** JSON-compatible values: what a stored payload may contain. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** An event to append. `id` is a UUID chosen by the writer, unique in the store. */
export interface EventToAppend {
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly metadata: Json;
}

/** An event as stored. */
export interface RecordedEvent extends EventToAppend {
  readonly stream: string;
  readonly revision: bigint;
  readonly position: Position;
  /** When the store wrote it (the store's clock). */
  readonly created: Date;
}

export interface AppendResult {
  /** The revision of the last event written: the expected revision for the next append. */
  readonly nextExpectedRevision: bigint;
  readonly position: Position;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the first event forwards, the last one backwards. */
  readonly fromRevision?: bigint | 'start' | 'end';
  readonly maxCount?: number;
}

/**
 * Keeps events whose type starts with one of `eventTypePrefixes` and whose stream name starts with
 * one of `streamNamePrefixes`; a list left out does not filter.
 */
export interface EventFilter {
  readonly eventTypePrefixes?: readonly string[];
  readonly streamNamePrefixes?: readonly string[];
}

export interface ReadAllOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start forwards, the end backwards. */
  readonly fromPosition?: Position | 'start' | 'end';
  readonly maxCount?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive: the subscription delivers events after this position (a checkpoint). */
  readonly fromPosition?: Position | 'start';
  readonly filter?: EventFilter;
}

/** What a subscription yields: events, and a marker when it has caught up with the log. */
export type SubscriptionMessage =
  { readonly kind: 'event'; readonly event: RecordedEvent } | { readonly kind: 'caught-up' };

export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  /** Ends the iteration; pending reads resolve as done. */
  close(): Promise<void>;
}

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
  /**
   * Link the events into the stream's hash chain as they are written: the store sets each one's
   * `metadata.prevHash` and `metadata.hash` from the stream's head at that moment (metadata must
   * be an object). With `expectedRevision: 'any'` many writers can append to one log (the
   * access log) without conflicts, and the chain still holds: the head cannot move between the
   * read and the write.
   */
  readonly linkChain?: boolean;
}

/** One stream's part of an append across streams. */
export interface StreamAppend {
  readonly stream: string;
  readonly events: readonly EventToAppend[];
  readonly options: AppendOptions;
}

export interface EventStore {
  /** Throws ConcurrencyError when the stream is not at `expectedRevision`. */
  appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /**
   * Appends to several streams, each at most once, all or nothing: every expected revision
   * holds and everything is written in one commit, or nothing is written and the first
   * conflict is thrown (ConcurrencyError naming its stream). Results come in the order given.
   * Only stores that can write several streams in one transaction offer it (memory and
   * SQLite); EventStoreDB writes one stream per append, so its callers append one at a time.
   */
  appendToStreams?(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** A stream that does not exist reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from the position, then goes live, with no gap and no duplicate between. */
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Whether the store answers; used by the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
