import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HazardLinksReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { YearRequest } from '../shared/year.request';
import { GetHazardComplaintLinksQuery } from './get-hazard-complaint-links.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/hazards/linked-complaints')
export class GetHazardComplaintLinksController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Hazard cases linked to complaints: how many of the year’s hazards were raised in or linked to a complaint, and each link with both states',
  })
  @ApiOkResponse({ description: 'Totals for hazards aware in the year, and every link' })
  get(@Query() request: YearRequest): Promise<HazardLinksReport> {
    return this.queryBus.execute(new GetHazardComplaintLinksQuery(request.year));
  }
}
