import { Logger, UnsupportedMediaTypeException, ValidationPipe } from '@nestjs/common';
import { correlationIdFor } from '../logging/correlation-id';
import { createLogger } from '../logging/create-logger';
import { PinoLoggerService } from '../logging/pino-logger.service';
import { logEveryRequest, requestLogController } from '../logging/request-log';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type AppDependencies } from '../app.module';
import { sendProblem } from '../problem-details/problem-details.filter';
import { ValidationFailedException } from '../problem-details/validation-failed.exception';
import { jsonBodyParser, refuseInheritedQueryKeys } from './json-body';
import { mountOpenApi } from './openapi';
import { addSecurityHeaders } from './security-headers';
import { cacheValidationMetadata } from './validation-metadata-cache';
import { mountWeb } from '../web/mount-web';

/**
 * Builds the api with everything that must hold for every request: a body limit, validation at
 * the edge (habit 8), problem details for every error, OpenAPI. Used by main.ts and the tests.
 */
export async function createApp(deps: AppDependencies): Promise<NestFastifyApplication> {
  // Fastify's own pino logger, with our one line per request instead of its two (decisions.md).
  const logger = deps.logger ?? createLogger(deps.config);
  const adapter = new FastifyAdapter({
    bodyLimit: deps.config.bodyLimit,
    loggerInstance: logger,
    logController: requestLogController(),
    // The caller's X-Request-Id when sane (correlationIdFor checks it), else a new id.
    genReqId: correlationIdFor,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(deps), adapter, {
    bufferLogs: true,
  });
  app.useLogger(new PinoLoggerService(logger));
  // The usual security headers on every response, errors and 404s included: a strict CSP
  // (Swagger UI at /docs loads its scripts from this origin, so it needs no exception),
  // nosniff, no framing, no referrer. HTML exports and reports carry them too.
  addSecurityHeaders(app.getHttpAdapter().getInstance(), {
    // Redress is often served over plain HTTP on a private network or 127.0.0.1: upgrading its
    // own subresources to HTTPS there would break Swagger UI and the HTML pages.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  cacheValidationMetadata();
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => ValidationFailedException.fromErrors(errors),
    }),
  );
  // Fastify's own errors (bad JSON, body too large, no route) reach the global filter through
  // Nest's adapter, wrapped with the original as cause (see to-problem.ts).
  const fastify = app.getHttpAdapter().getInstance();
  logEveryRequest(fastify);
  const problems = new Logger('Http');
  app.useBodyParser(
    'application/json',
    { bodyLimit: deps.config.bodyLimit },
    jsonBodyParser(fastify),
  );
  fastify.addHook('preValidation', refuseInheritedQueryKeys);
  // Commands are JSON: any other body is refused before it is parsed (415).
  fastify.addHook('onRequest', (request, reply, done) => {
    // The web workbench's forms are urlencoded; its routes check their own bodies.
    if (request.url.startsWith('/web/')) return done();
    const type = request.headers['content-type'];
    const hasBody =
      request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0';
    if (
      (hasBody || type) &&
      type !== undefined &&
      !/^application\/(.+\+)?json\s*(;|$)/i.test(type)
    ) {
      return sendProblem(
        new UnsupportedMediaTypeException('Send the body as application/json'),
        request,
        reply,
        problems,
      );
    }
    done();
  });
  await mountWeb(app, deps.config);
  mountOpenApi(app);
  await app.init();
  await fastify.ready();
  return app;
}
