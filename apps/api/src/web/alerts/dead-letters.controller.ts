import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { AlertOutbox } from '@redress/alerts';
import type { ReadModelConnection } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { redirect, renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';

const ALERT_ID = /^[0-9a-f]{32}$/;

/**
 * The admin's dead-letter list: alerts that failed every attempt (a mailbox that refused them, a
 * webhook receiver that was down), with what went wrong, and a button that sends one again on
 * the notifier's next round once the cause is put right (docs/alerts.md).
 */
@WebController()
@Controller('web/alerts')
export class DeadLettersPageController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModelConnection) {}

  @Get()
  @WebPage('admin')
  async list(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Query('replayed') replayed?: string,
  ): Promise<void> {
    const deadLetters = await new AlertOutbox(this.readModels.db).deadLetters();
    return renderPage(request, reply, 'alerts/dead-letters.njk', {
      pageTitle: 'Alerts not delivered',
      deadLetters,
      replayed: replayed && ALERT_ID.test(replayed) ? replayed : undefined,
    });
  }

  @Post(':alertId/replay')
  @WebPage('admin')
  async replay(
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
    @Param('alertId') alertId: string,
  ): Promise<void> {
    const replayed =
      ALERT_ID.test(alertId) &&
      (await new AlertOutbox(this.readModels.db).replay(alertId, new Date()));
    if (!replayed) {
      const deadLetters = await new AlertOutbox(this.readModels.db).deadLetters();
      return renderPage(
        request,
        reply,
        'alerts/dead-letters.njk',
        {
          pageTitle: 'Alerts not delivered',
          deadLetters,
          problem: 'That alert is not on the list any more: it may have been sent again already.',
        },
        404,
      );
    }
    redirect(reply, `/web/alerts?replayed=${alertId}`);
  }
}
