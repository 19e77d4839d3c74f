import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import type { ComplaintEventView as StoredEventView } from '../../complaints/get-complaint-events/complaint-event.view';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { GetHazardEventsQuery } from './get-hazard-events.query';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class GetHazardEventsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/events')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary: "The hazard case's events in order, each with its metadata and hash-chain link",
  })
  @ApiOkResponse({ description: 'Events, oldest first' })
  events(@Param('id', IdPipe) id: string): Promise<StoredEventView[]> {
    return this.queryBus.execute(new GetHazardEventsQuery(id));
  }
}
