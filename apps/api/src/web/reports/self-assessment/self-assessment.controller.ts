import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { SelfAssessmentEvidence } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { GetSelfAssessmentQuery } from '../../../reports/get-self-assessment/get-self-assessment.query';
import { CLOCK, type Clock } from '../../../store/tokens';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { complaintLinks } from '../shared/complaint-links';
import { chooseYear } from '../shared/report-year';

/**
 * Evidence for the Code self-assessment (Appendix A): per provision, the measured figure and
 * the complaints that fell short, each a link to its page, from `GET /reports/self-assessment`'s
 * query. The governing body reviews and approves the self-assessment at least once a year.
 */
@WebController()
@Controller('web/reports/self-assessment')
export class SelfAssessmentPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage(...REPORT_ROLES)
  async page(
    @Query('year') asked: unknown,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const choice = chooseYear(asked, londonDateOf(this.clock.now()));
    const evidence: SelfAssessmentEvidence | undefined = choice.year
      ? await this.queryBus.execute(new GetSelfAssessmentQuery(choice.year))
      : undefined;
    const links = evidence
      ? await complaintLinks(
          this.references,
          evidence.rows.flatMap((r) => r.shortfalls),
        )
      : {};
    return renderPage(
      request,
      reply,
      'reports/self-assessment/self-assessment.njk',
      {
        pageTitle: choice.year
          ? `Self-assessment evidence ${choice.year}`
          : 'Self-assessment evidence',
        evidence,
        rows: (evidence?.rows ?? []).map((row, index) => ({
          ...row,
          anchor: `provision-${index + 1}`,
          shortfalls: row.shortfalls.map((s) => ({ ...s, ...links[s.complaintId]! })),
        })),
        yearOptions: choice.options,
        errors: choice.errors.byField(),
        errorSummary: choice.errors.summary(),
      },
      choice.errors.any ? 400 : 200,
    );
  }
}
