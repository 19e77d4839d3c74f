import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { latestSeal } from '@redress/audit';
import { londonDateOf, type LocalDate } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import {
  annualReportContent,
  type AnnualReport,
  type LearningLog,
  type OmbudsmanSummary,
  type SelfAssessmentEvidence,
  type Trends,
} from '@redress/read-models';
import { REPORT_ROLES, UserDirectory } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { GetAnnualReportQuery } from '../../../reports/get-annual-report/get-annual-report.query';
import { GetLearningLogQuery } from '../../../reports/get-learning-log/get-learning-log.query';
import { GetOmbudsmanReportQuery } from '../../../reports/get-ombudsman-report/get-ombudsman-report.query';
import { GetSelfAssessmentQuery } from '../../../reports/get-self-assessment/get-self-assessment.query';
import { GetTrendsQuery } from '../../../reports/get-trends/get-trends.query';
import { CLOCK, EVENT_STORE, type Clock } from '../../../store/tokens';
import { FormErrors } from '../../actions/form-errors';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { complaintLinks, complaintPage } from '../shared/complaint-links';
import { learningRows } from '../shared/learning-rows';
import {
  currentQuarter,
  monthName,
  packPeriod,
  packPeriodsOffered,
  type PackPeriod,
} from './mrc-period';
import { findingRows, issuesAndTrends } from './pack-view';

/**
 * The pack for the Member Responsible for Complaints and the governing body (CHC 9.6–9.7) for
 * a month, a quarter or a reporting year: (a) volume, categories and outcomes with handling
 * performance, (b) issues and trends, (c) the Ombudsman's outcomes and progress on orders,
 * (d) the annual report, and the learning and service improvements made (CHC 9.3). Every
 * figure comes from the queries behind the API's report endpoints. Printable: one section a page.
 */
@WebController()
@Controller('web/reports/mrc-pack')
export class MrcPackPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage(...REPORT_ROLES)
  async page(
    @Query('period') asked: unknown,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const today = londonDateOf(this.clock.now());
    const errors = new FormErrors();
    const value = typeof asked === 'string' && asked !== '' ? asked : currentQuarter(today);
    const pack = packPeriod(value);
    if (!pack || (asked !== undefined && typeof asked !== 'string'))
      errors.add('period', 'Choose a month, a quarter or a reporting year from the list');
    const offered = packPeriodsOffered(today);
    if (pack && !offered.some((o) => o.value === pack.value))
      offered.push({ value: pack.value, text: pack.name });
    return renderPage(
      request,
      reply,
      'reports/mrc-pack/mrc-pack.njk',
      {
        pageTitle:
          pack && !errors.any
            ? `Pack for the governing body: ${pack.name}`
            : 'Pack for the governing body',
        pack: pack && !errors.any ? await this.contents(pack, today) : undefined,
        periodOptions: offered.map((o) => ({ ...o, selected: o.value === pack?.value })),
        errors: errors.byField(),
        errorSummary: errors.summary(),
      },
      errors.any ? 400 : 200,
    );
  }

  private async contents(pack: PackPeriod, today: LocalDate) {
    const { period, previous } = pack;
    const monthly: Trends = await this.queryBus.execute(
      new GetTrendsQuery('month', period.from, period.to),
    );
    const compared: Trends = await this.queryBus.execute(
      new GetTrendsQuery(pack.kind, previous.from, period.to),
    );
    const ombudsman: OmbudsmanSummary = await this.queryBus.execute(
      new GetOmbudsmanReportQuery(undefined, undefined, period),
    );
    const evidence: SelfAssessmentEvidence = await this.queryBus.execute(
      new GetSelfAssessmentQuery(undefined, period),
    );
    const log: LearningLog = await this.queryBus.execute(
      new GetLearningLogQuery(undefined, {}, period),
    );
    // CHC 9.7(d): a reporting year's pack carries the annual report itself.
    const annual: AnnualReport | undefined =
      pack.kind === 'year'
        ? {
            ...(await this.queryBus.execute(new GetAnnualReportQuery({ year: pack.value }))),
            latestSeal: await latestSeal(this.store),
          }
        : undefined;
    const orderLinks = await complaintLinks(this.references, ombudsman.orders);
    return {
      ...pack,
      preparedOn: today,
      monthly: monthly.periods.map((m) => ({ ...m, name: monthName(`${m.period}-01`) })),
      repeats: monthly.repeatComplaints,
      trends: issuesAndTrends(pack, compared),
      ombudsman,
      findings: findingRows(ombudsman),
      orders: ombudsman.orders.map((o) => ({ ...o, ...orderLinks[o.complaintId]! })),
      evidence: evidence.rows,
      log,
      learning: await learningRows(log, this.references, this.directory),
      annualContent: annual ? annualReportContent(annual, complaintPage) : undefined,
      annualHref: `/web/reports/annual?${new URLSearchParams({ year: pack.reportingYear })}`,
    };
  }
}
