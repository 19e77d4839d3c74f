import type { FastifyInstance } from 'fastify';

/**
 * One JSON line per request once its response is sent, 404s and errors included: method, url,
 * status, duration and (from the request's child logger) the correlation id, the same id that
 * is stored on the events the request caused. The id is echoed in `X-Request-Id`.
 */
export function logEveryRequest(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const line = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (reply.statusCode >= 500) request.log.error(line, 'request failed');
    else request.log.info(line, 'request');
    done();
  });
}
