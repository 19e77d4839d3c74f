import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseMoment } from '@redress/audit';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, type Clock } from '../../store/tokens';
import { AsOfInstantQuery } from '../shared/as-of-instant.query';
import { GetHazardQuery } from './get-hazard.query';
import type { HazardView } from './hazard.view';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class GetHazardController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      'The hazard case folded from its events, with every Awaab’s Law clock (hours or working days left or overdue, and its status) and the linked complaints with their deadlines',
  })
  @ApiOkResponse({ description: 'The hazard case; the ETag is its revision, for If-Match' })
  async get(
    @Param('id', IdPipe) id: string,
    @Query() query: AsOfInstantQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HazardView> {
    const asOf = query.asOf ? parseMoment(query.asOf)!.instant : this.clock.now();
    const view = await this.queryBus.execute(new GetHazardQuery(id, asOf));
    void reply.header('etag', `"${view.revision}"`);
    return view;
  }
}
