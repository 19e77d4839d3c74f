import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ComplaintListPage } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { CASELOAD_ROLES } from '@redress/users';
import { ListComplaintsQuery } from './list-complaints.query';
import { ListComplaintsRequest } from './list-complaints.request';

@ApiTags('caseload')
@ApiBearerAuth()
@Controller('complaints')
export class ListComplaintsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @AllowRoles(...CASELOAD_ROLES)
  @ApiOperation({
    summary: 'Complaints from the read model, filtered and sorted, a page at a time (cursor)',
  })
  @ApiOkResponse({ description: '`items` and, unless this is the last page, `nextCursor`' })
  list(@Query() request: ListComplaintsRequest): Promise<ComplaintListPage> {
    return this.queryBus.execute(new ListComplaintsQuery(request));
  }
}
