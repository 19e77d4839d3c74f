import { Inject, Injectable } from '@nestjs/common';
import { ServiceRequestError } from '@redress/service-requests';
import { readServiceRequest, type LoadedServiceRequest } from '@redress/service-request-stream';
import type { EventStore } from '@redress/event-store';
import { EVENT_STORE } from '../../store/tokens';

export type { LoadedServiceRequest };

/** Reads a service request's stream and folds it. */
@Injectable()
export class ServiceRequestReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(id: string): Promise<LoadedServiceRequest> {
    const loaded = await readServiceRequest(this.store, id);
    if (!loaded) {
      throw new ServiceRequestError(
        'SERVICE_REQUEST_NOT_FOUND',
        `Service request ${id} does not exist`,
      );
    }
    return loaded;
  }
}
