import { Controller, Get, Param } from '@nestjs/common';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import type { ComplaintEventView } from './complaint-event.view';
import { GetComplaintEventsQuery } from './get-complaint-events.query';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class GetComplaintEventsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/events')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary: "The complaint's events in order, each with its metadata and hash-chain link",
  })
  @ApiOkResponse({ description: 'Events, oldest first' })
  events(@Param('id', ComplaintIdPipe) id: string): Promise<ComplaintEventView[]> {
    return this.queryBus.execute(new GetComplaintEventsQuery(id));
  }
}
