import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { READ_ROLES, STORE_AUDIT_ROLES } from '@redress/users';
import { parseReference } from '@redress/complaint-stream';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { FormErrors } from '../../actions/form-errors';
import { redirect, renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { AuditRecordService } from '../shared/audit-record.service';

/**
 * Where an auditor starts: name a complaint (its reference or id) or a hazard case (its id) and
 * go to its history; or check the whole store. A GET form, so it works without JavaScript.
 */
@WebController()
@Controller('web/audit')
export class AuditStartController {
  constructor(
    private readonly references: ReferenceIndex,
    private readonly records: AuditRecordService,
  ) {}

  @Get()
  @WebPage(...READ_ROLES)
  async start(
    @Query('record') record: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const errors = new FormErrors();
    const typed = typeof record === 'string' ? record.trim() : '';
    if (record !== undefined && !typed)
      errors.add('record', 'Enter a complaint reference or a complaint or hazard case id');
    if (typed) {
      const reference = parseReference(typed);
      if (reference && (await this.references.complaintIdOf(reference)))
        return redirect(reply, `/web/audit/complaints/${reference}`);
      const kind = reference ? undefined : await this.records.kindOfId(typed);
      if (kind)
        return redirect(
          reply,
          `/web/audit/${kind === 'complaint' ? 'complaints' : 'hazards'}/${typed.toLowerCase()}`,
        );
      errors.add(
        'record',
        reference
          ? 'No complaint has that reference'
          : 'Enter a complaint reference like C-2025-000123, or a complaint or hazard case id',
      );
    }
    return renderPage(
      request,
      reply,
      'audit/start/audit-start.njk',
      {
        pageTitle: 'Audit',
        record: typed,
        errors: errors.byField(),
        errorSummary: errors.summary(),
        mayVerifyStore: STORE_AUDIT_ROLES.includes(request.webUser!.role),
      },
      errors.any ? 400 : 200,
    );
  }
}
