import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandResponse } from '../../complaints/shared/command.response';
import { CommandContext } from '../../complaints/shared/command-context.decorator';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { respond } from '../../complaints/shared/respond';
import { ClassifyHazardCommand } from './classify-hazard.command';
import { ClassifyHazardRequest } from './classify-hazard.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class ClassifyHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/classify')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Triage: an emergency hazard (24 hours) or a significant hazard (working-day clocks, SI 2025/1042 Reg 6); the type must be in force under the dated policy',
  })
  @ApiOkResponse({ type: CommandResponse })
  async classify(
    @Param('id', IdPipe) id: string,
    @Body() body: ClassifyHazardRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new ClassifyHazardCommand(id, body, context));
    return respond(reply, outcome);
  }
}
