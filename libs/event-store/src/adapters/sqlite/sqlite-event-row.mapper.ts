import type { EventToAppend, Json, RecordedEvent } from '../../port/event-store.port';

/** The columns every read selects, in this order; rows are read raw (as arrays) for speed. */
export const EVENT_COLUMNS = 'position, stream, revision, id, type, data, metadata, created';

export type EventRow = [
  position: bigint,
  stream: string,
  revision: bigint,
  id: string,
  type: string,
  data: string,
  metadata: string,
  created: string,
];

/** An event ready to insert: serialized up front so a bad payload fails only its own append. */
export interface SerializedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

export function serializeEvent(event: EventToAppend): SerializedEvent {
  return {
    id: event.id,
    type: event.type,
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
  };
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  const [position, stream, revision, id, type, data, metadata, created] = row;
  return {
    id,
    type,
    data: JSON.parse(data) as Json,
    metadata: JSON.parse(metadata) as Json,
    stream,
    revision,
    // One sequence serves as both halves of the position in the embedded stores.
    position: { commit: position, prepare: position },
    created: new Date(created),
  };
}
