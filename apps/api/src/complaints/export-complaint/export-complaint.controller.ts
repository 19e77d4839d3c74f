import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EXPORT_CONTENT_TYPES, exportComplaintRecord, renderComplaintRecord } from '@redress/audit';
import { ComplaintError } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { READ_ROLES, type Actor } from '@redress/users';
import { CLOCK, EVENT_STORE, type Clock } from '../../store/tokens';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { ExportComplaintRequest } from './export-complaint.request';

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
  @ApiProduces(...Object.values(EXPORT_CONTENT_TYPES))
  @ApiOkResponse({ description: 'The record in the format asked for; the export is logged' })
  async export(
    @Param('id', ComplaintIdPipe) id: string,
    @Query() query: ExportComplaintRequest,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const format = query.format ?? 'json';
    // The one export path (web pages and CLI too): the entry is durable before the record leaves.
    const doc = await exportComplaintRecord(this.store, id, {
      format,
      actor,
      correlationId: String(request.id),
      at: this.clock.now(),
    });
    if (!doc) throw ComplaintError.notFound(id);
    void reply.header('content-type', EXPORT_CONTENT_TYPES[format]);
    if (format !== 'json') {
      const disposition = format === 'csv' ? 'attachment' : 'inline';
      void reply.header(
        'content-disposition',
        `${disposition}; filename="complaint-${id}.${format}"`,
      );
    }
    return renderComplaintRecord(doc, format);
  }
}
