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
import { CloseHazardCommand } from './close-hazard.command';
import { CloseHazardRequest } from './close-hazard.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class CloseHazardController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/close')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'Close the case once every step with a clock is done (SI 2025/1042 Regs 9, 11, 13)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async close(
    @Param('id', IdPipe) id: string,
    @Body() body: CloseHazardRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new CloseHazardCommand(id, body, context));
    return respond(reply, outcome);
  }
}
