import { createHash } from 'node:crypto';

/** Every complaint's stream name starts so; projections subscribe to exactly these streams. */
export const COMPLAINT_STREAM_PREFIX = 'complaint-';

/** Stream names follow the architecture: `complaint-<uuid>`. */
export function complaintStream(id: string): string {
  return `${COMPLAINT_STREAM_PREFIX}${id}`;
}

/**
 * A UUID-shaped id derived from an idempotency key and who sent it, so a retried request maps
 * to the same command (and, when logging, the same complaint) however many times it arrives.
 */
export function idFromKey(actorId: string, key: string, purpose: string): string {
  const hex = createHash('sha256').update(`${purpose}\n${actorId}\n${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
