import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SelfAssessmentEvidence } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { YearRequest } from '../shared/year.request';
import { GetSelfAssessmentQuery } from './get-self-assessment.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/self-assessment')
export class GetSelfAssessmentController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Evidence for the Code self-assessment: a measured figure and the complaints falling short, per provision',
  })
  @ApiOkResponse({ description: 'One row per measurable provision' })
  get(@Query() request: YearRequest): Promise<SelfAssessmentEvidence> {
    return this.queryBus.execute(new GetSelfAssessmentQuery(request.year));
  }
}
