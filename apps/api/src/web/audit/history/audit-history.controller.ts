import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { verifyStream } from '@redress/event-store';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import { renderPage } from '../../shared/page';
import { peopleNames } from '../../shared/people';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { AuditRecordService, kindOf } from '../shared/audit-record.service';

/**
 * A record's history as a timeline: every event, who recorded it, when it was recorded and the
 * date it takes effect. A back-dated entry is an audit finding, marked with the gap and the
 * reason given (architecture decision 3); the export buttons are here, on the record's page.
 */
@WebController()
@Controller('web/audit')
export class AuditHistoryController {
  constructor(
    private readonly records: AuditRecordService,
    private readonly directory: UserDirectory,
  ) {}

  @Get(['complaints/:id', 'hazards/:id'])
  @WebPage(...READ_ROLES)
  async history(
    @Param('id') raw: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const record = await this.records.load(kindOf(request), raw);
    const chain = verifyStream(record.recorded);
    const backdated = record.rows.filter((r) => r.backdated);
    return renderPage(request, reply, 'audit/history/audit-history.njk', {
      pageTitle: `History of ${record.title}`,
      record,
      chain,
      backdated,
      people: await peopleNames(this.directory),
    });
  }
}
