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
import { CompletePreventativeWorkCommand } from './complete-preventative-work.command';
import { CompletePreventativeWorkRequest } from './complete-preventative-work.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class CompletePreventativeWorkController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/preventative-work/complete')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Supplementary preventative work completed (SI 2025/1042 Reg 13(4): within a reasonable time)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async complete(
    @Param('id', IdPipe) id: string,
    @Body() body: CompletePreventativeWorkRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new CompletePreventativeWorkCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
