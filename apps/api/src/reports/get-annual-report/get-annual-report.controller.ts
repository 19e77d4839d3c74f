import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { latestSeal } from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import { annualReportCsv, annualReportHtml, type AnnualReport } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { EVENT_STORE } from '../../store/tokens';
import { GetAnnualReportQuery } from './get-annual-report.query';
import { GetAnnualReportRequest } from './get-annual-report.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/annual')
export class GetAnnualReportController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'The annual complaint performance and service improvement report (CHC 8.1) with the previous year beside it, as JSON, CSV or a printable HTML page',
  })
  @ApiProduces('application/json', 'text/csv', 'text/html')
  @ApiOkResponse({ description: 'The report in the format asked for' })
  async get(
    @Query() request: GetAnnualReportRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AnnualReport | string> {
    const report: AnnualReport = {
      ...(await this.queryBus.execute(new GetAnnualReportQuery(request))),
      latestSeal: await latestSeal(this.store),
    };
    const name = `complaints-annual-report-${report.reportingYear.replace('/', '-')}`;
    if (request.format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      void reply.header('content-disposition', `attachment; filename="${name}.csv"`);
      return annualReportCsv(report);
    }
    if (request.format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return annualReportHtml(report);
    }
    return report;
  }
}
