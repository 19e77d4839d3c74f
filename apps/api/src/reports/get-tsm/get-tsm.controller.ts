import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { TsmReport } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '../../auth/roles';
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
      'Tenant Satisfaction Measures CH01 (per 1,000 homes) and CH02 (within Code timescales), Stage 1 and Stage 2',
  })
  @ApiOkResponse({ description: 'The measures, with the extension option used' })
  @ApiUnprocessableEntityResponse({
    description: 'HOMES_NOT_CONFIGURED: no number of homes for the year',
  })
  get(@Query() request: GetTsmRequest): Promise<TsmReport> {
    const extensions =
      request.extensionsInTime === undefined ? undefined : request.extensionsInTime === 'true';
    return this.queryBus.execute(new GetTsmQuery(request.year, request.homes, extensions));
  }
}
