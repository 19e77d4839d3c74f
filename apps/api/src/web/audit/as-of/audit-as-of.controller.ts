import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { hazardStateAsOf, stateAsOf, type Moment } from '@redress/audit';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import { FormErrors } from '../../actions/form-errors';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import {
  complaintPanel,
  hazardPanel,
  markDifferences,
  type AsOfPanel,
} from '../shared/audit-panels';
import { AuditRecordService, kindOf, type AuditRecord } from '../shared/audit-record.service';
import { momentField, momentValues } from '../shared/moment-fields';

type QueryFields = Record<string, string | undefined>;

/**
 * A record as of a date or a moment, in two views side by side: what the landlord's record
 * showed then ("what we knew then") and what was true then in business time, knowing what we
 * know now. They differ only around back-dated entries, which are marked as findings.
 */
@WebController()
@Controller('web/audit')
export class AuditAsOfController {
  constructor(private readonly records: AuditRecordService) {}

  @Get(['complaints/:id/as-of', 'hazards/:id/as-of'])
  @WebPage(...READ_ROLES)
  async asOf(
    @Param('id') raw: string,
    @Query() query: QueryFields,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const record = await this.records.load(kindOf(request), raw);
    const errors = new FormErrors();
    const moment = momentField(query, 'asOf', errors);
    const views = moment ? bothViews(record, moment) : undefined;
    return renderPage(
      request,
      reply,
      'audit/as-of/audit-as-of.njk',
      {
        pageTitle: `${record.title} as of a date`,
        record,
        values: momentValues(query, 'asOf'),
        errors: errors.byField(),
        errorSummary: errors.summary(),
        moment,
        views,
      },
      errors.any ? 400 : 200,
    );
  }
}

function bothViews(record: AuditRecord, moment: Moment): [AsOfPanel, AsOfPanel] {
  if (record.kind === 'hazard')
    return markDifferences(
      hazardPanel(hazardStateAsOf(record.events, moment, 'recorded')),
      hazardPanel(hazardStateAsOf(record.events, moment, 'effective')),
    );
  return markDifferences(
    complaintPanel(stateAsOf(record.events, moment, 'recorded')),
    complaintPanel(stateAsOf(record.events, moment, 'effective')),
  );
}
