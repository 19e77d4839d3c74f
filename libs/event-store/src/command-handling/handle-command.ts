import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyError } from '../port/concurrency-error';
import type { AppendResult, EventStore, StreamAppend } from '../port/event-store.port';
import type { Position } from '../port/position';
import { GENESIS_HASH } from '../hash-chain/hash-chain';
import type {
  DomainEventLike,
  EventSerializer,
  MetadataInput,
  StoredDomainEvent,
} from '../serialization/event-serializer';
import type { Decider } from './decider';
import { foldStored, readDomainStream } from './read-domain-stream';
import { StreamLimitError } from './stream-limit-error';

export interface CommandRequest<Command, Context, Event = unknown> {
  readonly stream: string;
  readonly command: Command;
  /** Built per attempt, so a retry decides with a fresh clock. */
  readonly context: () => Context;
  /** Who and why, recorded on every event the command produces. */
  readonly metadata: Omit<MetadataInput, 'recordedAt' | 'effectiveOn' | 'backdateReason'>;
  /** If-Match: the stream must be at this revision (-1n for a new stream), with no retry. */
  readonly expectedRevision?: bigint;
  /**
   * The stream cannot exist yet (its id was just drawn at random), so the first attempt decides
   * on an empty stream without reading it. Were it there after all, the append would conflict
   * and the next attempt reads it as usual.
   */
  readonly newStream?: boolean;
  /**
   * Writes the decided events in place of a plain append: a complaint's log writes its
   * reference in the same commit. A ConcurrencyError from it is retried like the append's own.
   */
  readonly appendWith?: (append: StreamAppend, events: readonly Event[]) => Promise<AppendResult>;
}

export interface CommandResult<Event> {
  readonly stream: string;
  /** The stream's revision after the command (-1n if the stream is still empty). */
  readonly revision: bigint;
  readonly position?: Position;
  readonly events: readonly Event[];
  /** True when the command had already been applied and nothing was appended this time. */
  readonly replayed: boolean;
}

export interface CommandHandlerOptions {
  readonly store: EventStore;
  readonly serializer: EventSerializer;
  /** The server clock for `recordedAt` (architecture decision 8). */
  readonly now: () => Date;
  readonly maxAttempts?: number;
  /** The most events one stream may hold; a command that would pass it is refused. */
  readonly maxStreamLength?: number;
}

/**
 * Read → fold → decide → append at the revision read (habit 6). A conflict means someone else
 * wrote first: re-read and decide again, a bounded number of times, unless the caller pinned the
 * revision (If-Match). A command whose id is already in the stream returns its first result.
 */
export async function handleCommand<State, Command, Event extends DomainEventLike, Context>(
  decider: Decider<State, Command, Event, Context>,
  request: CommandRequest<Command, Context, Event>,
  options: CommandHandlerOptions,
): Promise<CommandResult<Event>> {
  const maxAttempts = options.maxAttempts ?? 10;
  for (let attempt = 1; ; attempt++) {
    const { stored, revision: current } =
      attempt === 1 && request.newStream
        ? NO_STREAM
        : await readDomainStream<Event>(options.store, request.stream, options.serializer);
    const earlier = stored.filter((s) => s.metadata?.commandId === request.metadata.commandId);
    if (earlier.length > 0) return replay(request.stream, earlier);
    if (request.expectedRevision !== undefined && request.expectedRevision !== current) {
      throw new ConcurrencyError(
        request.stream,
        request.expectedRevision,
        current < 0n ? 'no_stream' : current,
      );
    }
    const state = foldStored(decider, stored);
    const events = decider.decide(request.command, state, request.context());
    if (events.length === 0)
      return { stream: request.stream, revision: current, events, replayed: false };
    if (
      options.maxStreamLength !== undefined &&
      stored.length + events.length > options.maxStreamLength
    )
      throw new StreamLimitError(request.stream, options.maxStreamLength);
    const recordedAt = options.now().toISOString();
    const prevHash = stored.at(-1)?.metadata?.hash ?? GENESIS_HASH;
    const toAppend = options.serializer.serialize(
      request.stream,
      events,
      (e) => ({ ...request.metadata, recordedAt, ...businessDate(e) }),
      current + 1n,
      prevHash,
    );
    try {
      const append: StreamAppend = {
        stream: request.stream,
        events: toAppend,
        options: { expectedRevision: current < 0n ? 'no_stream' : current },
      };
      const result = request.appendWith
        ? await request.appendWith(append, events)
        : await options.store.appendToStream(append.stream, append.events, append.options);
      return {
        stream: request.stream,
        revision: result.nextExpectedRevision,
        position: result.position,
        events,
        replayed: false,
      };
    } catch (error) {
      const retry =
        error instanceof ConcurrencyError &&
        request.expectedRevision === undefined &&
        attempt < maxAttempts;
      if (!retry) throw error;
      // Jittered backoff so racing writers do not collide again in lockstep.
      await sleep(Math.random() * 10 * attempt);
    }
  }
}

/** What a stream that does not exist yet reads as. */
const NO_STREAM = { stored: [], revision: -1n } as const;

function replay<Event extends DomainEventLike>(
  stream: string,
  earlier: readonly StoredDomainEvent<Event>[],
): CommandResult<Event> {
  const last = earlier[earlier.length - 1]!;
  return {
    stream,
    revision: last.revision,
    position: last.recorded.position,
    events: earlier.map((e) => e.event),
    replayed: true,
  };
}

/** Events that carry a business date (`effectiveOn`) put it in the metadata too (decision 3). */
export function businessDate(event: DomainEventLike): {
  effectiveOn?: string;
  backdateReason?: string;
} {
  const data = event.data as { effectiveOn?: unknown; backdateReason?: unknown };
  return {
    effectiveOn: typeof data.effectiveOn === 'string' ? data.effectiveOn : undefined,
    backdateReason: typeof data.backdateReason === 'string' ? data.backdateReason : undefined,
  };
}
