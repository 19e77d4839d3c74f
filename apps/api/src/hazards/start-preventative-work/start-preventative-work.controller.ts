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
import { StartPreventativeWorkCommand } from './start-preventative-work.command';
import { StartPreventativeWorkRequest } from './start-preventative-work.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class StartPreventativeWorkController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/preventative-work/start')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Supplementary preventative work physically started (SI 2025/1042 Reg 13(2)–(3)), with its target completion date (Reg 13(4))',
  })
  @ApiOkResponse({ type: CommandResponse })
  async start(
    @Param('id', IdPipe) id: string,
    @Body() body: StartPreventativeWorkRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new StartPreventativeWorkCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
