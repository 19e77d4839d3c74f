import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TsmReport } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { GetTsmQuery } from './get-tsm.query';
import { GetTsmRequest } from './get-tsm.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/tsm')
export class GetTsmController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Tenant Satisfaction Measures CH01 (per 1,000 homes) and CH02 (the cohort of complaints made in the year answered within the Code timescales), Stage 1 and Stage 2, for LCRA, LCHO and combined',
  })
  @ApiOkResponse({
    description:
      'The measures by tenure, with the timescales, Code versions, counting rules and switch used; a figure without homes configured carries a note instead',
  })
  get(@Query() request: GetTsmRequest): Promise<TsmReport> {
    return this.queryBus.execute(new GetTsmQuery(request));
  }
}
