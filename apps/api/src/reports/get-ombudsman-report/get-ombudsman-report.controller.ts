import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OmbudsmanSummary } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { GetOmbudsmanReportQuery } from './get-ombudsman-report.query';
import { GetOmbudsmanReportRequest } from './get-ombudsman-report.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/ombudsman')
export class GetOmbudsmanReportController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Ombudsman referrals, determinations by finding, orders by state, compensation ordered and paid (CHC 9.7(c))',
  })
  @ApiOkResponse({ description: 'The Ombudsman summary for the year' })
  get(@Query() request: GetOmbudsmanReportRequest): Promise<OmbudsmanSummary> {
    return this.queryBus.execute(new GetOmbudsmanReportQuery(request.year, request.asOf));
  }
}
