import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandResponse } from '../../complaints/shared/command.response';
import { CommandContext } from '../../complaints/shared/command-context.decorator';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { respond } from '../../complaints/shared/respond';
import { HazardCommandService } from '../shared/hazard-command.service';
import { ReportHazardCommand } from './report-hazard.command';
import { ReportHazardRequest } from './report-hazard.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class ReportHazardController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly service: HazardCommandService,
  ) {}

  @Post()
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      "Report a potential hazard (Awaab's Law, SI 2025/1042) from the instant the landlord became aware; the scope is decided from the tenure and recorded",
  })
  @ApiCreatedResponse({ type: CommandResponse })
  async report(
    @Body() body: ReportHazardRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const id = this.service.newHazardId(context);
    const outcome = await this.commandBus.execute(new ReportHazardCommand(id, body, context));
    void reply.header('location', `/hazards/${id}`);
    return respond(reply, outcome);
  }
}
