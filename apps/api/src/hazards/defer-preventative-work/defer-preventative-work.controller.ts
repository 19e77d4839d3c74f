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
import { DeferPreventativeWorkCommand } from './defer-preventative-work.command';
import { DeferPreventativeWorkRequest } from './defer-preventative-work.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class DeferPreventativeWorkController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/preventative-work/defer')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Beginning preventative work within 5 working days is not reasonably practicable (SI 2025/1042 Reg 13(3)): the 12-week latest start applies',
  })
  @ApiOkResponse({ type: CommandResponse })
  async defer(
    @Param('id', IdPipe) id: string,
    @Body() body: DeferPreventativeWorkRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new DeferPreventativeWorkCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
