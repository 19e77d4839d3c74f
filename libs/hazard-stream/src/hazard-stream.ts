/** Every hazard case's stream name starts so (architecture: `<kind>-<uuid>`). */
export const HAZARD_STREAM_PREFIX = 'hazard-';

/** Stream names follow the architecture: `hazard-<uuid>`. */
export function hazardStream(id: string): string {
  return `${HAZARD_STREAM_PREFIX}${id}`;
}
