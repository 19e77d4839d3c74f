import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EXPORT_CONTENT_TYPES, exportHazardRecord, renderHazardRecord } from '@redress/audit';
import { HazardError } from '@redress/hazards';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventStore } from '@redress/event-store';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { READ_ROLES, type Actor } from '@redress/users';
import { ExportComplaintRequest as ExportRequest } from '../../complaints/export-complaint/export-complaint.request';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';

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
  ) {}

  @Get(':id/export')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      "The hazard case's full record for the Ombudsman (steps, clocks, linked complaints, history), with its verification",
  })
  @ApiProduces(...Object.values(EXPORT_CONTENT_TYPES))
  @ApiOkResponse({ description: 'The record in the format asked for; the export is logged' })
  async export(
    @Param('id', IdPipe) id: string,
    @Query() query: ExportRequest,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const format = query.format ?? 'json';
    // The one export path (web pages and CLI too): the entry is durable before the record leaves.
    const doc = await exportHazardRecord(this.store, id, {
      format,
      actor,
      correlationId: String(request.id),
      at: this.clock.now(),
    });
    if (!doc) throw new HazardError('HAZARD_NOT_FOUND', `Hazard case ${id} does not exist`);
    void reply.header('content-type', EXPORT_CONTENT_TYPES[format]);
    if (format !== 'json') {
      const disposition = format === 'csv' ? 'attachment' : 'inline';
      void reply.header('content-disposition', `${disposition}; filename="hazard-${id}.${format}"`);
    }
    return renderHazardRecord(doc, format);
  }
}
