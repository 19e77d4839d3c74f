import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  diffHazardStates,
  diffStates,
  hazardStateAsOf,
  stateAsOf,
  type AsOfViewKind,
  type Moment,
} from '@redress/audit';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import { FormErrors } from '../../actions/form-errors';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { diffView, type DiffView } from '../shared/audit-panels';
import { AuditRecordService, kindOf, type AuditRecord } from '../shared/audit-record.service';
import { momentField, momentValues } from '../shared/moment-fields';

type QueryFields = Record<string, string | undefined>;

/** What changed in a record between two moments, in one view: events, status, deadlines, fields. */
@WebController()
@Controller('web/audit')
export class AuditDiffController {
  constructor(private readonly records: AuditRecordService) {}

  @Get(['complaints/:id/diff', 'hazards/:id/diff'])
  @WebPage(...READ_ROLES)
  async diff(
    @Param('id') raw: string,
    @Query() query: QueryFields,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const record = await this.records.load(kindOf(request), raw);
    const errors = new FormErrors();
    const from = momentField(query, 'from', errors);
    const to = momentField(query, 'to', errors);
    const view: AsOfViewKind = query.view === 'effective' ? 'effective' : 'recorded';
    const asked = !errors.any && (from !== undefined || to !== undefined);
    if (asked && !from) errors.add('from-day', 'Enter the first moment');
    if (asked && !to) errors.add('to-day', 'Enter the second moment');
    const result = from && to && !errors.any ? compare(record, from, to, view) : undefined;
    return renderPage(
      request,
      reply,
      'audit/diff/audit-diff.njk',
      {
        pageTitle: `${record.title}: changes between two moments`,
        record,
        values: { ...momentValues(query, 'from'), ...momentValues(query, 'to'), view },
        errors: errors.byField(),
        errorSummary: errors.summary(),
        from,
        to,
        result,
      },
      errors.any ? 400 : 200,
    );
  }
}

function compare(record: AuditRecord, from: Moment, to: Moment, view: AsOfViewKind): DiffView {
  if (record.kind === 'hazard') {
    const d = diffHazardStates(
      hazardStateAsOf(record.events, from, view),
      hazardStateAsOf(record.events, to, view),
      record.events,
    );
    return diffView(d, d.clocks, 'hazard');
  }
  const d = diffStates(
    stateAsOf(record.events, from, view),
    stateAsOf(record.events, to, view),
    record.events,
  );
  return diffView(d, d.deadlines, 'complaint');
}
