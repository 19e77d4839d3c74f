import { createRequire } from 'node:module';
import type { FastifyInstance, LogController } from 'fastify';

/**
 * Fastify's log controller with its own two lines per request turned off (ours is one line, in
 * `logEveryRequest`) and the request id bound as `correlationId` on every line of a request.
 * Fastify accepts only an instance of its own class, so it is taken from the fastify that
 * Nest's adapter loads (a dependency of `@nestjs/platform-fastify`, not of Redress).
 */
export function requestLogController(): LogController {
  const fromAdapter = createRequire(require.resolve('@nestjs/platform-fastify'));
  const { LogController: Controller } = fromAdapter('fastify') as {
    LogController: typeof LogController;
  };
  return new Controller({ disableRequestLogging: true, requestIdLogLabel: 'correlationId' });
}

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
