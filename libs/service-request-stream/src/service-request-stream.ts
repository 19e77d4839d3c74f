/** Every service request's stream name starts so (architecture: `<kind>-<uuid>`). */
export const SERVICE_REQUEST_STREAM_PREFIX = 'service-request-';

/** Stream names follow the architecture: `service-request-<uuid>`. */
export function serviceRequestStream(id: string): string {
  return `${SERVICE_REQUEST_STREAM_PREFIX}${id}`;
}
