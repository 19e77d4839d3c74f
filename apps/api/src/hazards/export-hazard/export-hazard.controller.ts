import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  auditedEvent,
  buildHazardExport,
  exportVerification,
  recordAccess,
  renderHazardExportCsv,
  renderHazardExportHtml,
} from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStore } from '@redress/event-store';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { READ_ROLES, type Actor } from '@redress/users';
import { ExportComplaintRequest as ExportRequest } from '../../complaints/export-complaint/export-complaint.request';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import { HazardReader } from '../shared/hazard-reader.service';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * A hazard case's full record for the Ombudsman's evidence pack, with the chain check and head
 * hash printed on it. Each export is recorded in the access log, as a complaint's is.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('hazards')
export class ExportHazardController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reader: HazardReader,
  ) {}

  @Get(':id/export')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      "The hazard case's full record for the Ombudsman (steps, clocks, linked complaints, history), with its verification",
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({ description: 'The record in the format asked for; the export is logged' })
  async export(
    @Param('id', IdPipe) id: string,
    @Query() query: ExportRequest,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const format = query.format ?? 'json';
    const found = await this.reader.load(id);
    const events = found.stored.map((s) => auditedEvent(s));
    const now = this.clock.now();
    const verification = exportVerification(verifyStream(found.recorded), events);
    const doc = buildHazardExport(events, verification, now);
    await recordAccess(this.store, {
      type: 'HazardRecordExported',
      hazardId: id,
      actor,
      correlationId: String(request.id),
      at: now,
      details: { format, headHash: verification.headHash, intact: verification.intact },
    });
    void reply.header('content-type', CONTENT_TYPES[format]);
    if (format !== 'json') {
      const disposition = format === 'csv' ? 'attachment' : 'inline';
      void reply.header('content-disposition', `${disposition}; filename="hazard-${id}.${format}"`);
    }
    if (format === 'csv') return renderHazardExportCsv(doc);
    if (format === 'html') return renderHazardExportHtml(doc);
    return JSON.stringify(doc);
  }
}
