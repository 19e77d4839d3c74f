import { BadRequestException, Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { latestSeal } from '@redress/audit';
import { londonDateOf } from '@redress/complaints';
import type { EventStore } from '@redress/event-store';
import {
  annualReportContent,
  annualReportCsv,
  annualReportTitle,
  type AnnualReport,
} from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { GetAnnualReportQuery } from '../../../reports/get-annual-report/get-annual-report.query';
import { CLOCK, EVENT_STORE, type Clock } from '../../../store/tokens';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { complaintPage } from '../shared/complaint-links';
import { chooseYear } from '../shared/report-year';

/**
 * The annual complaint performance and service improvement report (CHC 8.1) in the workbench:
 * the same content as `GET /reports/annual?format=html` (one source of its wording) inside the
 * layout, with print styles, and its CSV and JSON from the API's own writers.
 */
@WebController()
@Controller('web/reports/annual')
export class AnnualReportPageController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
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
    const report = choice.year ? await this.report(choice.year) : undefined;
    return renderPage(
      request,
      reply,
      'reports/annual-report/annual-report.njk',
      {
        pageTitle: report ? annualReportTitle(report) : 'Annual complaints report',
        heading: report ? annualReportTitle(report) : 'Annual complaints report',
        content: report ? annualReportContent(report, complaintPage) : undefined,
        year: choice.year,
        yearOptions: choice.options,
        errors: choice.errors.byField(),
        errorSummary: choice.errors.summary(),
        downloads: choice.year
          ? (['csv', 'json'] as const).map((format) => ({
              format: format.toUpperCase(),
              href: `/web/reports/annual/download?${new URLSearchParams({ year: choice.year!, format })}`,
            }))
          : [],
      },
      choice.errors.any ? 400 : 200,
    );
  }

  /** The report as a file: CSV through libs/csv (formula cells neutralised) or JSON. */
  @Get('download')
  @WebPage(...REPORT_ROLES)
  async download(
    @Query('year') asked: unknown,
    @Query('format') format: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { year } = chooseYear(asked, londonDateOf(this.clock.now()));
    if (!year) throw new BadRequestException('Choose a reporting year, written like 2024/25.');
    if (format !== 'csv' && format !== 'json')
      throw new BadRequestException('The report can be downloaded as CSV or JSON.');
    const report = await this.report(year);
    const name = `complaints-annual-report-${year.replace('/', '-')}.${format}`;
    void reply
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') {
      await reply.type('text/csv; charset=utf-8').send(annualReportCsv(report));
    } else {
      await reply
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(report, undefined, 2));
    }
  }

  /** As the API builds it: the query's report and the store's latest seal. */
  private async report(year: string): Promise<AnnualReport> {
    return {
      ...(await this.queryBus.execute(new GetAnnualReportQuery({ year }))),
      latestSeal: await latestSeal(this.store),
    };
  }
}
