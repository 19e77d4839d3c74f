import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LearningLog } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { REPORT_ROLES } from '@redress/users';
import { GetLearningLogQuery } from './get-learning-log.query';
import { GetLearningLogRequest } from './get-learning-log.request';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/learning-log')
export class GetLearningLogController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({
    summary:
      'Learning and service-improvement actions from closures, by category and root cause (CHC 9.1–9.3)',
  })
  @ApiOkResponse({ description: 'The learning log for the year' })
  get(@Query() request: GetLearningLogRequest): Promise<LearningLog> {
    return this.queryBus.execute(
      new GetLearningLogQuery(request.year, {
        category: request.category,
        rootCause: request.rootCause,
      }),
    );
  }
}
