import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  buildExport,
  exportVerification,
  latestSeal,
  readComplaintEvents,
  recordAccess,
  renderExportCsv,
  renderExportHtml,
} from '@redress/audit';
import { ComplaintError } from '@redress/complaints';
import { verifyStream, type EventStore } from '@redress/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { READ_ROLES, type Actor } from '@redress/users';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { ExportComplaintRequest } from './export-complaint.request';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * The complaint's full record for the Ombudsman, with the chain check and head hash printed on
 * it. Each export is itself recorded in the access log (who, which complaint, when, which hash).
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('complaints')
export class ExportComplaintController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/export')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({ summary: "The complaint's full record for the Ombudsman, with its verification" })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({ description: 'The record in the format asked for; the export is logged' })
  async export(
    @Param('id', ComplaintIdPipe) id: string,
    @Query() query: ExportComplaintRequest,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const format = query.format ?? 'json';
    const found = await readComplaintEvents(this.store, id);
    if (!found) throw ComplaintError.notFound(id);
    const now = this.clock.now();
    const verification = {
      ...exportVerification(verifyStream(found.recorded), found.events),
      latestSeal: await latestSeal(this.store),
    };
    const doc = buildExport(found.events, verification, now);
    await recordAccess(this.store, {
      type: 'ComplaintRecordExported',
      complaintId: id,
      actor,
      correlationId: String(request.id),
      at: now,
      details: { format, headHash: verification.headHash, intact: verification.intact },
    });
    void reply.header('content-type', CONTENT_TYPES[format]);
    if (format !== 'json') {
      const disposition = format === 'csv' ? 'attachment' : 'inline';
      void reply.header(
        'content-disposition',
        `${disposition}; filename="complaint-${id}.${format}"`,
      );
    }
    if (format === 'csv') return renderExportCsv(doc);
    if (format === 'html') return renderExportHtml(doc);
    return JSON.stringify(doc);
  }
}
