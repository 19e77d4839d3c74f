import {
  ANY,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  jsonEvent,
  type AppendExpectedRevision,
  type EventData,
  type JSONType,
  type ReadPosition,
  type ResolvedEvent,
} from '@eventstore/db-client';
import type {
  EventToAppend,
  ExpectedRevision,
  Json,
  RecordedEvent,
} from '../../port/event-store.port';
import { START as PORT_START, comparePositions, type Position } from '../../port/position';

/** Conversions between the port's shapes and the client's; nothing here talks to the server. */

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

/**
 * A JSON event with the writer's id. Metadata goes over as the bytes of its JSON text: the client
 * drops falsy metadata (`null`, `false`, `0`, `''`) when handed a value, and the port promises
 * every Json value back. The data needs no such care: the client stringifies it whatever it is.
 */
export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    metadata: new TextEncoder().encode(JSON.stringify(event.metadata)),
  });
}

/** The port's START ({-1,-1}) is the client's START marker; any other position is passed on. */
export function toReadPosition(position: Position | 'start' | 'end'): ReadPosition {
  if (position === 'start' || position === 'end') return position === 'start' ? START : END;
  return isBeforeFirst(position) ? START : { commit: position.commit, prepare: position.prepare };
}

export function isBeforeFirst(position: Position): boolean {
  return comparePositions(position, PORT_START) <= 0;
}

/** Types starting with `$` are EventStoreDB's own: metadata, links, stats, projections. */
export function isSystemEventType(type: string): boolean {
  return type.startsWith('$');
}

/**
 * Non-JSON payloads (written by other tools) come back as the JSON they contain if any, else as
 * their UTF-8 text: the port only carries Json, and dropping them silently would hide history.
 */
function decodePayload(value: unknown): Json {
  if (value === undefined) return null;
  if (!(value instanceof Uint8Array)) return value as Json;
  const text = Buffer.from(value).toString('utf8');
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/**
 * The client gives `position` on every event from servers since 22.6; older servers only give
 * it on reads of `$all`, with the commit position beside it. Assumed: against such servers a
 * stream read's position is the commit position for both parts (never compared with `$all`'s).
 */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event) return undefined;
  const commit = resolved.commitPosition ?? -1n;
  return {
    id: event.id,
    type: event.type,
    stream: event.streamId,
    revision: event.revision,
    data: decodePayload(event.data),
    metadata: decodePayload(event.metadata),
    position: event.position ?? { commit, prepare: commit },
    created: event.created,
  };
}
