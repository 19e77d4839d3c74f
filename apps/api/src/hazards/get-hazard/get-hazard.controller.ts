import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseMoment } from '@redress/audit';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, type Clock } from '../../store/tokens';
import { GetHazardQuery } from './get-hazard.query';
import { HazardAuditQuery } from './hazard-audit.query';
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
      'The hazard case folded from its events, with every Awaab’s Law clock (hours or working days left or overdue, and its status) and the linked complaints with their deadlines; with view=recorded|effective, as it stood at asOf',
  })
  @ApiOkResponse({ description: 'The hazard case; the ETag is its revision, for If-Match' })
  async get(
    @Param('id', IdPipe) id: string,
    @Query() query: HazardAuditQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HazardView> {
    const moment = parseMoment(query.asOf ?? this.clock.now().toISOString())!;
    const audit = query.view ? { view: query.view, moment } : undefined;
    const view = await this.queryBus.execute(new GetHazardQuery(id, moment.instant, audit));
    void reply.header('etag', `"${view.revision}"`);
    return view;
  }
}
