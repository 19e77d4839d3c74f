import {
  BadRequestException,
  Controller,
  Inject,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  exportComplaintRecord,
  exportHazardRecord,
  renderComplaintRecord,
  renderHazardRecord,
  type ExportFormat,
} from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import { CLOCK, EVENT_STORE, type Clock } from '../../../store/tokens';
import { formText } from '../../shared/form';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { AuditRecordService, kindOf } from '../shared/audit-record.service';

/**
 * The record for the Ombudsman, downloaded from its audit page. It goes through the same
 * function as `GET /complaints/{id}/export` and `redress export`, so the access log gets the
 * same entry (who, which record, when, the format, the head hash and whether it verified)
 * before the file leaves. A post with the page's CSRF token: taking a record away is an act
 * that is logged, so no other site can make a browser do it.
 */
@WebController()
@Controller('web/audit')
export class AuditExportController {
  constructor(
    private readonly records: AuditRecordService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(['complaints/:id/export', 'hazards/:id/export'])
  @WebPage(...READ_ROLES)
  async export(
    @Param('id') raw: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const record = await this.records.load(kindOf(request), raw);
    const format = formText(request, 'format') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      throw new BadRequestException('Choose an export as CSV, JSON or HTML');
    const user = request.webUser!;
    const exportRequest = {
      format,
      actor: { id: user.id, role: user.role },
      correlationId: String(request.id),
      at: this.clock.now(),
    };
    let body: string | undefined;
    if (record.kind === 'complaint') {
      const doc = await exportComplaintRecord(this.store, record.id, exportRequest);
      body = doc && renderComplaintRecord(doc, format);
    } else {
      const doc = await exportHazardRecord(this.store, record.id, exportRequest);
      body = doc && renderHazardRecord(doc, format);
    }
    if (body === undefined) throw new NotFoundException(`No ${record.kind} ${raw}`);
    const name = `${record.kind}-${record.base.split('/').pop()}.${format}`;
    // Always a download: an export is a document to keep, and its own HTML carries its own styles.
    await reply
      .code(200)
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }
}
