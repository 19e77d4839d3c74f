import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorkQueue } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { CASELOAD_ROLES } from '@redress/users';
import { GetWorkQueueQuery } from './get-work-queue.query';
import { GetWorkQueueRequest } from './get-work-queue.request';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('work-queue')
export class GetWorkQueueController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...CASELOAD_ROLES)
  @ApiOperation({
    summary:
      'Every open obligation (stage acknowledgement or response, remedy, outstanding or learning action, Ombudsman order) with its owner and due date: red (missed), amber (due within 2 working days) or green',
  })
  @ApiOkResponse({
    description:
      '`asOf`, totals per colour over the whole filter, one page of items soonest first, and `nextCursor`',
  })
  get(@Query() request: GetWorkQueueRequest): Promise<WorkQueue> {
    return this.queryBus.execute(new GetWorkQueueQuery(request));
  }
}
