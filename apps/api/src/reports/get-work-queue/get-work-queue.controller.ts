import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorkQueue } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { CASELOAD_ROLES } from '../../auth/roles';
import { GetWorkQueueQuery } from './get-work-queue.query';
import { GetWorkQueueRequest, WORK_QUEUE_DEFAULT_ITEMS } from './get-work-queue.request';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('work-queue')
export class GetWorkQueueController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...CASELOAD_ROLES)
  @ApiOperation({
    summary:
      'Open complaints by next deadline: red (missed), amber (due within 2 working days) or green',
  })
  @ApiOkResponse({
    description:
      '`asOf`, counts by colour, the first `limit` items soonest first, and `truncated` when there were more',
  })
  async get(
    @Query() request: GetWorkQueueRequest,
  ): Promise<WorkQueue & { readonly truncated: boolean }> {
    const queue = await this.queryBus.execute(new GetWorkQueueQuery(request.asOf, request.handler));
    const limit = request.limit ?? WORK_QUEUE_DEFAULT_ITEMS;
    return { ...queue, items: queue.items.slice(0, limit), truncated: queue.items.length > limit };
  }
}
