import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './to-problem';

/** Every error leaves Redress as `application/problem+json`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(error, request, reply, this.logger);
  }
}

export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): void {
  const body = toProblem(error, {
    ifMatch: request.headers['if-match'] !== undefined,
    instance: request.url,
  });
  if (body.status >= 500)
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  void reply.status(body.status).header('content-type', 'application/problem+json').send(body);
}
