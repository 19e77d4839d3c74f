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
import { RequestEscalationCommand } from './request-escalation.command';
import { RequestEscalationRequest } from './request-escalation.request';

@ApiTags('stage 2')
@ApiBearerAuth()
@Controller('complaints')
export class RequestEscalationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/request-escalation')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      "Record the resident's request for Stage 2; no reason is needed (CHC 6.10, 6.12); the Stage 2 acknowledgement clock starts (CHC 6.11)",
  })
  @ApiOkResponse({ type: CommandResponse })
  async requestEscalation(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RequestEscalationRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new RequestEscalationCommand(id, body, context));
    return respond(reply, outcome);
  }
}
