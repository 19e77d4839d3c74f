import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { LearningLog } from '@redress/read-models';
import { REPORT_ROLES, UserDirectory } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { GetLearningLogQuery } from '../../../reports/get-learning-log/get-learning-log.query';
import { CLOCK, type Clock } from '../../../store/tokens';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { learningRows } from '../shared/learning-rows';
import { chooseYear } from '../shared/report-year';

/**
 * The learning log: what complaints closed in the year taught, and the service improvements
 * agreed (CHC 9.1–9.3), from `GET /reports/learning-log`'s query.
 */
@WebController()
@Controller('web/reports/learning')
export class LearningLogPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
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
    const log: LearningLog | undefined = choice.year
      ? await this.queryBus.execute(new GetLearningLogQuery(choice.year, {}))
      : undefined;
    return renderPage(
      request,
      reply,
      'reports/learning-log/learning-log.njk',
      {
        pageTitle: choice.year ? `Learning log ${choice.year}` : 'Learning log',
        log,
        learning: log ? await learningRows(log, this.references, this.directory) : undefined,
        yearOptions: choice.options,
        errors: choice.errors.byField(),
        errorSummary: choice.errors.summary(),
      },
      choice.errors.any ? 400 : 200,
    );
  }
}
