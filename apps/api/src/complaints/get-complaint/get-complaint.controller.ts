import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseMoment } from '@redress/audit';
import { londonDateOf } from '@redress/complaints';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { CLOCK, type Clock } from '../../store/tokens';
import { AsOfQuery } from '../shared/as-of.query';
import type { ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class GetComplaintController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      'The complaint folded from its events, with each deadline met, missed or pending; with view=recorded|effective, as it stood at asOf',
  })
  @ApiOkResponse({ description: 'The complaint; the ETag is its revision, for If-Match' })
  async get(
    @Param('id', ComplaintIdPipe) id: string,
    @Query() query: AsOfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplaintView> {
    const today = londonDateOf(this.clock.now());
    const moment = query.view ? parseMoment(query.asOf ?? today) : undefined;
    const audit = query.view && moment ? { view: query.view, moment } : undefined;
    const asOf = moment?.date ?? query.asOf ?? today;
    // Hazard clocks run in hours: now for today, else the end of the day asked about.
    const now = this.clock.now();
    const clocksAt = moment?.instant ?? (asOf === today ? now : parseMoment(asOf)!.instant);
    const view = await this.queryBus.execute(new GetComplaintQuery(id, asOf, audit, clocksAt));
    void reply.header('etag', `"${view.revision}"`);
    return view;
  }
}
