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
import { MakeSafeCommand } from './make-safe.command';
import { MakeSafeRequest } from './make-safe.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class MakeSafeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/make-safe')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'Emergency hazard: the home made safe (within 24 hours of awareness)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async makeSafe(
    @Param('id', IdPipe) id: string,
    @Body() body: MakeSafeRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new MakeSafeCommand(id, body, context));
    return respond(reply, outcome);
  }
}
