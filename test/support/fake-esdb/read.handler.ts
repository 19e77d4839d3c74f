import { status, type ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, type ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { runAllSubscription, type SubscriptionRegistry } from './all-subscription.handler';
import { drained, isGone, writeMessage } from './call.writer';
import type { EventLogStore, StoredEvent } from './event-log.store';
import { readFilter } from './read-filter.mapper';
import { decodeStreamName, eventResponse, streamNotFoundResponse } from './read-response.mapper';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

export interface ReadSettings {
  readonly caughtUpMessages: boolean;
}

/** Ends a call with a non-OK status, the way grpc-js expects a handler to report one. */
export function failCall(call: ReadCall, code: status, details: string): void {
  call.emit('error', { code, details });
}

/** Streams.Read: reads one stream or `$all`, or (given subscription options) subscribes. */
export function readHandler(
  log: EventLogStore,
  registry: SubscriptionRegistry,
  settings: ReadSettings,
): (call: ReadCall) => void {
  return (call) => {
    void read(call, log, registry, settings).catch((error: unknown) =>
      failCall(call, status.INTERNAL, String(error)),
    );
  };
}

async function read(
  call: ReadCall,
  log: EventLogStore,
  registry: SubscriptionRegistry,
  settings: ReadSettings,
): Promise<void> {
  const options = call.request.getOptions();
  if (!options) return failCall(call, status.INVALID_ARGUMENT, 'Read needs options');
  if (options.hasSubscription()) {
    if (!options.hasAll()) {
      return failCall(call, status.UNIMPLEMENTED, 'The fake only subscribes to $all');
    }
    return runAllSubscription(call, log, options, registry, settings.caughtUpMessages);
  }
  const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const count = options.hasCount() ? BigInt(options.getCount()) : BigInt(Number.MAX_SAFE_INTEGER);
  let selected: Iterable<StoredEvent>;
  if (options.hasStream()) {
    const streamOptions = options.getStream()!;
    const name = decodeStreamName(streamOptions.getStreamIdentifier());
    const events = log.stream(name);
    if (!events) {
      await writeMessage(call, streamNotFoundResponse(name));
      call.end();
      return;
    }
    selected = streamSlice(events, streamOptions, backwards);
  } else {
    selected = allSlice(log, options.getAll()!, backwards);
  }
  const filter = readFilter(options);
  let sent = 0n;
  for (const event of selected) {
    if (sent >= count) break;
    if (!filter.matches(event)) continue;
    if (isGone(call)) return;
    if (!call.write(eventResponse(event, structuredIds)) && !(await drained(call))) return;
    sent++;
  }
  call.end();
}

/** Revisions are inclusive both ways; backwards from past the end starts at the last event. */
function* streamSlice(
  events: readonly StoredEvent[],
  options: ReadReq.Options.StreamOptions,
  backwards: boolean,
): Generator<StoredEvent> {
  const last = events.length - 1;
  if (backwards) {
    const from = options.hasStart()
      ? 0
      : options.hasRevision()
        ? Number(options.getRevision())
        : last;
    for (let i = Math.min(from, last); i >= 0; i--) yield events[i]!;
    return;
  }
  const from = options.hasEnd()
    ? events.length
    : options.hasRevision()
      ? Number(options.getRevision())
      : 0;
  for (let i = from; i <= last; i++) yield events[i]!;
}

/**
 * Forwards, a position is where a record starts, and the read includes the event there.
 * Backwards, the server takes it as where a record ends (its reader's contract says so), so the
 * event starting at that position is not included: only the ones before it.
 */
function* allSlice(
  log: EventLogStore,
  options: ReadReq.Options.AllOptions,
  backwards: boolean,
): Generator<StoredEvent> {
  const position = options.hasPosition()
    ? BigInt(options.getPosition()!.getCommitPosition())
    : undefined;
  if (backwards) {
    if (options.hasStart()) return;
    const top = position === undefined ? log.all.length - 1 : log.firstIndexAtOrAfter(position) - 1;
    for (let i = top; i >= 0; i--) yield log.all[i]!;
    return;
  }
  if (options.hasEnd()) return;
  const from = position === undefined ? 0 : log.firstIndexAtOrAfter(position);
  // Walks the live array: an append made while a long read is under way is included.
  for (let i = from; i < log.all.length; i++) yield log.all[i]!;
}
