import type { ComplaintEvent, ComplaintState } from '@redress/complaints';
import {
  foldStored,
  readDomainStream,
  type DomainStream,
  type EventSerializer,
  type EventStore,
} from '@redress/event-store';
import { complaintDecider, serializer as complaintSerializer } from './complaint-domain';
import { complaintStream } from './complaint-stream';

export type ComplaintStream = DomainStream<ComplaintEvent>;

export interface LoadedComplaint extends Omit<ComplaintStream, 'revision'> {
  readonly state: ComplaintState;
  /** The last event's revision: the ETag an officer sends back in If-Match. */
  readonly revision: number;
}

/** A complaint's stream, read and upcast; undefined when no such complaint was recorded. */
export async function readComplaintStream(
  store: EventStore,
  id: string,
  serializer: EventSerializer = complaintSerializer,
): Promise<ComplaintStream | undefined> {
  const read = await readDomainStream<ComplaintEvent>(store, complaintStream(id), serializer);
  return read.recorded.length === 0 ? undefined : read;
}

/** A complaint's stream read, upcast and folded, at the revision of its last event. */
export async function readComplaint(
  store: EventStore,
  id: string,
  serializer: EventSerializer = complaintSerializer,
): Promise<LoadedComplaint | undefined> {
  const read = await readComplaintStream(store, id, serializer);
  if (!read) return undefined;
  return {
    ...read,
    state: foldStored(complaintDecider, read.stored),
    revision: Number(read.revision),
  };
}
