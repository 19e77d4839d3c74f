import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Trends } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { GetTrendsQuery } from './get-trends.query';
import { GetTrendsRequest } from './get-trends.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/trends')
export class GetTrendsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Volumes by period × stage × category × root cause × outcome, escalation rate, working-day timings, extensions, repeat complaints and root-cause coverage',
  })
  @ApiOkResponse({ description: 'Trend tables' })
  get(@Query() request: GetTrendsRequest): Promise<Trends> {
    return this.queryBus.execute(
      new GetTrendsQuery(request.granularity ?? 'month', request.from, request.to),
    );
  }
}
