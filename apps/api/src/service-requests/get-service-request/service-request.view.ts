import type { ServiceRequestRecord } from '@redress/service-requests';
import { serviceRequestStatusOf } from '@redress/service-requests';
import type { LoadedServiceRequest } from '@redress/service-request-stream';

export interface ServiceRequestView extends Omit<
  ServiceRequestRecord,
  'serviceRequestId' | 'version'
> {
  readonly id: string;
  readonly revision: number;
  /** `raised`, `inHand` or `done` (CHC 1.4). */
  readonly status: string;
}

/** The request folded from its stream, with every offer to complain and its answer. */
export function serviceRequestView(loaded: LoadedServiceRequest): ServiceRequestView {
  const { serviceRequestId, version: _version, ...rest } = loaded.state.request!;
  return {
    ...rest,
    id: serviceRequestId,
    revision: loaded.revision,
    status: serviceRequestStatusOf(loaded.state.lifecycle),
  };
}
