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
import { RefuseEscalationCommand } from './refuse-escalation.command';
import { RefuseEscalationRequest } from './refuse-escalation.request';

@ApiTags('stage 2')
@ApiBearerAuth()
@Controller('complaints')
export class RefuseEscalationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/refuse-escalation')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Refuse to escalate to Stage 2, for a Section 2 reason with evidence and Ombudsman rights (CHC 2.1–2.4)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async refuse(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RefuseEscalationRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new RefuseEscalationCommand(id, body, context));
    return respond(reply, outcome);
  }
}
