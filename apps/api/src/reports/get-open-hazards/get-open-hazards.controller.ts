import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OpenHazardsReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { GetOpenHazardsQuery } from './get-open-hazards.query';
import { GetOpenHazardsRequest } from './get-open-hazards.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/hazards/open')
export class GetOpenHazardsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Open hazard cases by age since the landlord became aware (SI 2025/1042), oldest first, with the next step due and its regulation',
  })
  @ApiOkResponse({ description: 'Counts per age band and every open case' })
  get(@Query() request: GetOpenHazardsRequest): Promise<OpenHazardsReport> {
    return this.queryBus.execute(new GetOpenHazardsQuery(request.asOf));
  }
}
