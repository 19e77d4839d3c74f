import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { READ_ROLES, UserDirectory } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '../../../store/tokens';
import { longDate, londonDateTime } from '../../shared/filters';
import { renderPage } from '../../shared/page';
import { peopleNames } from '../../shared/people';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import {
  availableHazardActions,
  hazardActionSpec,
} from '../hazard-actions/hazard-action-catalogue';
import { hazardIdPipe } from '../hazard-actions/hazard-action.controller';
import { clockRows } from '../shared/clock-rows';
import {
  ANSWER_LABELS,
  CATEGORY_LABELS,
  FINDING_LABELS,
  HAZARD_TENURE_LABELS,
  ROUTE_LABELS,
  hazardStatusLabel,
  hazardTypeLabel,
} from '../shared/hazard-labels';
import { GetHazardPageQuery, type HazardPage } from './get-hazard-page.query';

/**
 * A hazard case: where, who, the tenure and the scope decision, the hazard, the instant the
 * landlord became aware, every Awaab's Law clock (SI 2025/1042), the linked complaints with
 * their own deadlines beside them, and what happened in plain words.
 */
@WebController()
@Controller('web/hazards')
export class HazardPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @WebPage(...READ_ROLES)
  async show(
    @Param('id', hazardIdPipe) id: string,
    @Query('done') done: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const now = this.clock.now();
    const page: HazardPage = await this.queryBus.execute(
      new GetHazardPageQuery(id.toLowerCase(), now),
    );
    const h = page.view;
    return renderPage(request, reply, 'hazards/hazard-page/hazard.njk', {
      pageTitle: `Hazard case at ${h.propertyRef}`,
      h,
      statusText: hazardStatusLabel(h.status),
      summaryRows: summaryRows(page),
      clockTable: {
        caption: `Awaab’s Law clocks as at ${londonDateTime(now)}`,
        rows: clockRows(h.clocks),
      },
      complaints: h.complaints.map((c) => ({
        ...c,
        reference: page.references[c.id] ?? c.id,
      })),
      actions: availableHazardActions(page.lifecycle, request.webUser!.role),
      history: page.history,
      people: await peopleNames(this.directory),
      offers: h.accommodationOffers.map((o) => ({ ...o, answerText: ANSWER_LABELS[o.answer] })),
      notice:
        done === 'reported'
          ? 'Hazard case opened'
          : done && hazardActionSpec(done)
            ? `${hazardActionSpec(done)!.label}: recorded`
            : undefined,
    });
  }
}

/** The case's particulars as GOV.UK summary-list rows, in plain words. */
function summaryRows(page: HazardPage) {
  const h = page.view;
  const scope = h.scope;
  // The recorded decision in plain words; its own explanation names codes, so only the
  // unconfirmed case (a landlord default, not law) keeps it.
  const scopeText = !scope
    ? 'Not yet decided'
    : scope.inScope
      ? `Awaab’s Law applies: ${scope.basis === 'TENURE_UNCONFIRMED' ? `treated as in scope while unconfirmed (${scope.explanation})` : 'social rented tenancy'}, policy ${scope.policyVersion}`
      : `Awaab’s Law does not apply: ${scope.basis === 'BEFORE_COMMENCEMENT' ? 'the landlord became aware before it came into force on 27 October 2025' : 'not a social rented tenancy (social housing tenancies only, s.10A Landlord and Tenant Act 1985)'}`;
  const c = h.classification;
  const rows: [string, string][] = [
    ['Property', h.propertyRef],
    ['Resident', h.residentRef],
    ['Tenure', HAZARD_TENURE_LABELS[h.tenure] ?? h.tenure],
    ['Awaab’s Law', scopeText],
    [
      'Landlord became aware',
      `${londonDateTime(h.awareAt)}, by ${(ROUTE_LABELS[h.route] ?? h.route).toLowerCase()}`,
    ],
    ['Recorded in Redress', londonDateTime(h.recordedAt)],
    ['What was reported', h.description],
    [
      'Hazard',
      c
        ? `${CATEGORY_LABELS[c.detail.category]}: ${hazardTypeLabel(c.detail.hazardType)}. ${c.detail.reason}`
        : 'Not yet classified',
    ],
  ];
  if (h.investigation)
    rows.push([
      'Investigation',
      `${FINDING_LABELS[h.investigation.detail.finding]} on ${longDate(h.investigation.on)}: ${h.investigation.detail.reasons}`,
    ]);
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value } }));
}
