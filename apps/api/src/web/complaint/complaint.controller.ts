import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { RedressConfig } from '@redress/config';
import { hazardPromptFor } from '@redress/hazards';
import { hazardPolicies } from '@redress/hazard-stream';
import type { FastifyReply } from 'fastify';
import { COMMAND_ROLES, READ_ROLES } from '@redress/users';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { actionSpec, availableActions } from '../actions/action-catalogue';
import type { ComplaintView } from '../../complaints/get-complaint/complaint.view';
import { clockRows } from '../hazards/shared/clock-rows';
import {
  CATEGORY_LABELS,
  hazardStatusLabel,
  hazardTypeLabel,
} from '../hazards/shared/hazard-labels';
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
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  @Get(':id')
  @WebPage(...READ_ROLES)
  async show(
    @Param('id', ComplaintIdPipe) id: string,
    @Query('done') done: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const now = this.clock.now();
    const asOf = londonDateOf(now);
    const page = await this.queryBus.execute(new GetComplaintPageQuery(id, asOf, now));
    const reference = (await this.references.referenceOf(id, page.view.receivedOn)) ?? id;
    const { view } = page;
    const role = request.webUser!.role;
    const actions = availableActions(page.lifecycle, view, role);
    // Damp or mould in a home Awaab's Law may reach: the officer is led to open a hazard case
    // (the Ombudsman checks it "was recognised and recorded"). Nothing is opened automatically.
    const hazardPolicy = hazardPolicies.inForceOn(view.receivedOn);
    const prompt =
      view.hazardCases.length === 0 && COMMAND_ROLES.includes(role)
        ? hazardPromptFor(view, hazardPolicy, this.config.hazards.promptWords)
        : undefined;
    const hazardPrompt = prompt && {
      words: prompt.words,
      investigateWithin: hazardPolicy!.significant.investigateWithin,
    };
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
      hazardPrompt,
      canReportHazard: COMMAND_ROLES.includes(role),
      hazardCases: view.hazardCases.map((h) => ({
        id: h.id,
        heading: h.category
          ? `${CATEGORY_LABELS[h.category]}: ${hazardTypeLabel(h.hazardType)}`
          : 'Hazard not yet classified',
        statusText: hazardStatusLabel(h.status),
        awareAt: h.awareAt,
        inScope: h.inScope,
        clockTable: {
          caption: 'Awaab’s Law clocks (SI 2025/1042)',
          rows: clockRows(h.clocks),
        },
      })),
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
