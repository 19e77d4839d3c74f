import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, type Clock } from '../../store/tokens';
import { actionSpec, availableActions } from '../actions/action-catalogue';
import type { ComplaintView } from '../../complaints/get-complaint/complaint.view';
import { longDate, londonDateTime } from '../shared/filters';
import {
  CHANNEL_LABELS,
  DECISION_LABELS,
  FINDING_LABELS,
  ORDER_TYPE_LABELS,
  REMEDY_LABELS,
  TENURE_LABELS,
} from '../shared/labels';
import { renderPage } from '../shared/page';
import { peopleNames } from '../shared/people';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { GetComplaintPageQuery } from './get-complaint-page.query';

/** A complaint: who, what, where it is, every deadline, what was decided, and what happened. */
@WebController()
@Controller('web/complaints')
export class ComplaintController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @WebPage(...READ_ROLES)
  async show(
    @Param('id', ComplaintIdPipe) id: string,
    @Query('done') done: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asOf = londonDateOf(this.clock.now());
    const page = await this.queryBus.execute(new GetComplaintPageQuery(id, asOf));
    const reference = (await this.references.referenceOf(id, page.view.receivedOn)) ?? id;
    const { view } = page;
    const actions = availableActions(page.lifecycle, view, request.webUser!.role);
    const openDeadlines = view.deadlines.filter(
      (d) => d.status === 'pending' || d.status === 'missed',
    );
    return renderPage(request, reply, 'complaint/complaint.njk', {
      pageTitle: `Complaint ${reference}`,
      reference,
      c: view,
      summaryRows: summaryRows(view, reference),
      asOf,
      actions,
      openDeadlines,
      history: page.history,
      people: await peopleNames(this.directory),
      decisionLabels: DECISION_LABELS,
      remedyLabels: REMEDY_LABELS,
      findingLabels: FINDING_LABELS,
      orderTypeLabels: ORDER_TYPE_LABELS,
      rollupLabels: {
        UPHELD: 'Upheld',
        PARTIAL_MALADMINISTRATION: 'Partly upheld (partial maladministration)',
        NOT_UPHELD: 'Not upheld',
      },
      notice:
        done === 'logged'
          ? `Complaint logged. Its reference is ${reference}.`
          : done && actionSpec(done)
            ? `${actionSpec(done)!.label}: recorded`
            : undefined,
    });
  }
}

/** The complaint's particulars, as GOV.UK summary-list rows; tenure when the complaint has one. */
function summaryRows(view: ComplaintView, reference: string) {
  const tenure = (view as { tenure?: unknown }).tenure;
  const rows: [string, string][] = [
    ['Reference', reference],
    ['Resident', view.residentRef],
    ['Property', view.propertyRef ?? 'Not given'],
    ...(typeof tenure === 'string' && tenure
      ? [['Tenure', TENURE_LABELS[tenure] ?? tenure] as [string, string]]
      : []),
    ['How it was made', CHANNEL_LABELS[view.channel] ?? view.channel],
    ['Representative', view.representative ?? 'None'],
    ['Received', view.receivedAt ? londonDateTime(view.receivedAt) : longDate(view.receivedOn)],
    ['What the resident said', view.description],
  ];
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value } }));
}
