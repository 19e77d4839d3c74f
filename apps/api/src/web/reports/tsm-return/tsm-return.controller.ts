import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import { STOCK_TYPES, type TsmReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { GetTsmQuery } from '../../../reports/get-tsm/get-tsm.query';
import { CLOCK, type Clock } from '../../../store/tokens';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { chooseYear } from '../shared/report-year';
import { returnFields, TENURE_TITLES } from './return-fields';

/**
 * The Tenant Satisfaction Measures return: CH01 and CH02 for the regulator's data return, by
 * stock type, from the same query as `GET /reports/tsm`, with the timescales (RSH letter of
 * 11 March 2025), the Code versions, the counting rules and the switch printed beside them.
 */
@WebController()
@Controller('web/reports/tsm')
export class TsmReturnPageController {
  constructor(
    private readonly queryBus: QueryBus,
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
    const report: TsmReport | undefined = choice.year
      ? await this.queryBus.execute(new GetTsmQuery({ year: choice.year }))
      : undefined;
    return renderPage(
      request,
      reply,
      'reports/tsm-return/tsm-return.njk',
      {
        pageTitle: choice.year
          ? `Tenant Satisfaction Measures return ${choice.year}`
          : 'Tenant Satisfaction Measures return',
        report,
        tenures: report
          ? [...STOCK_TYPES, 'combined' as const].map((tenure) => ({
              tenure,
              title: TENURE_TITLES[tenure],
              fields: returnFields(report, tenure),
            }))
          : [],
        yearOptions: choice.options,
        errors: choice.errors.byField(),
        errorSummary: choice.errors.summary(),
      },
      choice.errors.any ? 400 : 200,
    );
  }
}
