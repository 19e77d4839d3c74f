import type { ServiceRequestEvent, ServiceRequestState } from '@redress/service-requests';
import {
  foldStored,
  readDomainStream,
  type DomainStream,
  type EventSerializer,
  type EventStore,
} from '@redress/event-store';
import { serviceRequestDecider, serviceRequestSerializer } from './service-request-domain';
import { serviceRequestStream } from './service-request-stream';

export type ServiceRequestStream = DomainStream<ServiceRequestEvent>;

export interface LoadedServiceRequest extends Omit<ServiceRequestStream, 'revision'> {
  readonly state: ServiceRequestState;
  /** The last event's revision: the ETag an officer sends back in If-Match. */
  readonly revision: number;
}

/** A service request's stream read, upcast and folded, at the revision of its last event. */
export async function readServiceRequest(
  store: EventStore,
  id: string,
  serializer: EventSerializer = serviceRequestSerializer,
): Promise<LoadedServiceRequest | undefined> {
  const read = await readDomainStream<ServiceRequestEvent>(
    store,
    serviceRequestStream(id),
    serializer,
  );
  if (read.recorded.length === 0) return undefined;
  return {
    ...read,
    state: foldStored(serviceRequestDecider, read.stored),
    revision: Number(read.revision),
  };
}
