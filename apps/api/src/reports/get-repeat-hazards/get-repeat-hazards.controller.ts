import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RepeatIssuesReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { RepeatOptionsRequest } from '../shared/repeat-options.request';
import { GetRepeatHazardsQuery } from './get-repeat-hazards.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/hazards/repeats')
export class GetRepeatHazardsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Repeat hazards at one property: hazard cases at the same property, each within `withinDays` of the one before, the latest in the year',
  })
  @ApiOkResponse({ description: 'Each repeat with its hazard cases, most cases first' })
  get(@Query() request: RepeatOptionsRequest): Promise<RepeatIssuesReport> {
    return this.queryBus.execute(new GetRepeatHazardsQuery(request));
  }
}
