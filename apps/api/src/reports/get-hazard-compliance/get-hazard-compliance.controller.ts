import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HazardComplianceReport } from '@redress/read-models';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { YearAsOfRequest } from '../shared/as-of.request';
import { GetHazardComplianceQuery } from './get-hazard-compliance.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/hazards/compliance')
export class GetHazardComplianceController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      "Awaab's Law clock compliance by step and hazard type: met in time, missed, open, with each step's regulation (SI 2025/1042 Reg 6, 9, 11(2)(a), 13)",
  })
  @ApiOkResponse({
    description: 'One row per step, regulation and hazard type for clocks due in the year',
  })
  get(@Query() request: YearAsOfRequest): Promise<HazardComplianceReport> {
    return this.queryBus.execute(new GetHazardComplianceQuery(request.year, request.asOf));
  }
}
