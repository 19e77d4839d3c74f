import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const ids = new WeakMap<IncomingMessage, string>();
const SAFE = /^[\w.:-]{1,100}$/;

/**
 * One correlation id per request, shared by Fastify (request.id, stored on every event as
 * `correlationId`) and the access log: the caller's X-Request-Id when it is sane, else a new one.
 */
export function correlationIdFor(raw: IncomingMessage): string {
  let id = ids.get(raw);
  if (!id) {
    const given = raw.headers['x-request-id'];
    id = typeof given === 'string' && SAFE.test(given) ? given : randomUUID();
    ids.set(raw, id);
  }
  return id;
}
