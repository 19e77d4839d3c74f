import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandResponse } from '../shared/command.response';
import type { RequestContext } from '../shared/complaint-command.service';
import { CommandContext } from '../shared/command-context.decorator';
import { respond } from '../shared/respond';
import { ReassignHandlerCommand } from './reassign-handler.command';
import { ReassignHandlerRequest } from './reassign-handler.request';

@ApiTags('case work')
@ApiBearerAuth()
@Controller('complaints')
export class ReassignHandlerController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reassign-handler')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Hand the stage awaiting a response to another handler; at Stage 2 not anyone who considered Stage 1 (CHC 6.13)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async reassign(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: ReassignHandlerRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new ReassignHandlerCommand(id, body, context));
    return respond(reply, outcome);
  }
}
