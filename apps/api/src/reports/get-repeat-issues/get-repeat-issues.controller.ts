import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RepeatIssuesReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { GetRepeatIssuesQuery } from './get-repeat-issues.query';
import { GetRepeatIssuesRequest } from './get-repeat-issues.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/repeat-issues')
export class GetRepeatIssuesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Repeat issues at one property or for one resident across service requests, complaints and hazard cases (CHC 1.4), the latest in the year',
  })
  @ApiOkResponse({ description: 'Each repeat with its records and how many of each kind' })
  get(@Query() request: GetRepeatIssuesRequest): Promise<RepeatIssuesReport> {
    return this.queryBus.execute(new GetRepeatIssuesQuery(request));
  }
}
