import {
  Catch,
  ForbiddenException,
  HttpException,
  Logger,
  NotFoundException,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { ComplaintError } from '@redress/complaints';
import { HazardError } from '@redress/hazards';
import type { FastifyReply } from 'fastify';
import { renderPage } from './page';
import { PasswordChangeRequired, SignInRequired, type WebRequest } from './web-auth';

/**
 * Errors on web pages become pages: sign in again, not allowed, not found, or a plain "sorry"
 * page. Refusals from the domain are shown on the form itself by each controller.
 */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Web');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<WebRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error instanceof SignInRequired) {
      void reply.code(303).header('location', '/').send();
      return;
    }
    if (error instanceof PasswordChangeRequired) {
      void reply.code(303).header('location', '/web/password').send();
      return;
    }
    const notFound =
      error instanceof NotFoundException ||
      (error instanceof ComplaintError && error.code === 'COMPLAINT_NOT_FOUND') ||
      (error instanceof HazardError && error.code === 'HAZARD_NOT_FOUND');
    if (notFound) {
      return renderPage(
        request,
        reply,
        'shared/message.njk',
        {
          pageTitle: 'Page not found',
          heading: 'Page not found',
          body: 'There is no complaint, hazard case or page at this address. Check the reference or use Find.',
        },
        404,
      );
    }
    if (error instanceof ForbiddenException) {
      return renderPage(
        request,
        reply,
        'shared/message.njk',
        {
          pageTitle: 'You cannot do this',
          heading: 'You cannot do this',
          body: error.message,
        },
        403,
      );
    }
    const status = error instanceof HttpException ? error.getStatus() : 500;
    if (status >= 500) this.logger.error(error);
    return renderPage(
      request,
      reply,
      'shared/message.njk',
      {
        pageTitle: 'Sorry, there is a problem',
        heading: 'Sorry, there is a problem with the service',
        body:
          status >= 500
            ? 'Nothing was recorded. Try again later.'
            : (error as HttpException).message,
      },
      status,
    );
  }
}
