import { randomUUID } from 'node:crypto';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { COMMAND_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { ActionPageService } from './action-page.service';
import { formDefaults } from './form-defaults';

/**
 * One form per action, offered only when the lifecycle allows it and the role permits. Each
 * form carries the page's revision (sent back as If-Match) and a fresh key (the post's
 * Idempotency-Key, so a double submit records once).
 */
@WebController()
@Controller('web/complaints')
export class ShowActionFormController {
  constructor(private readonly pages: ActionPageService) {}

  @Get(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async form(
    @Param('id', ComplaintIdPipe) id: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const target = await this.pages.load(id, key, request);
    return this.pages.render(request, reply, target, {
      formKey: randomUUID(),
      revision: String(target.page.view.revision),
      values: formDefaults(target.spec, target.page, request.webUser!.id),
    });
  }
}
