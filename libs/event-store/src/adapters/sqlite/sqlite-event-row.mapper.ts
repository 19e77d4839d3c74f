import type { EventToAppend, Json, RecordedEvent } from '../../port/event-store.port';
import type { Position } from '../../port/position';

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
  return new SqliteRecordedEvent(row);
}

/**
 * A stored event read from SQLite. The payload is parsed at once; the metadata (about 450 bytes
 * of ids and hashes) and the store's clock are parsed when first asked for, and then kept: a
 * projection's rebuild reads neither, and parsing them was most of the cost of reading a row
 * and of the garbage it left. They are getters on the prototype, so a copy made by spreading
 * must name them (`{ ...e, metadata: e.metadata, created: e.created }`).
 */
class SqliteRecordedEvent implements RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly stream: string;
  readonly revision: bigint;
  readonly position: Position;
  #metadataJson: string;
  #metadata: Json | undefined = undefined;
  #createdText: string;
  #created: Date | undefined = undefined;

  constructor(row: EventRow) {
    const [position, stream, revision, id, type, data, metadata, created] = row;
    this.id = id;
    this.type = type;
    this.data = JSON.parse(data) as Json;
    this.stream = stream;
    this.revision = revision;
    // One sequence serves as both halves of the position in the embedded stores.
    this.position = { commit: position, prepare: position };
    this.#metadataJson = metadata;
    this.#createdText = created;
  }

  get metadata(): Json {
    return (this.#metadata ??= JSON.parse(this.#metadataJson) as Json);
  }

  get created(): Date {
    return (this.#created ??= new Date(this.#createdText));
  }
}
