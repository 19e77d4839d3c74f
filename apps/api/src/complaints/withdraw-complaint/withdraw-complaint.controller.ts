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
import { WithdrawComplaintCommand } from './withdraw-complaint.command';
import { WithdrawComplaintRequest } from './withdraw-complaint.request';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class WithdrawComplaintController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/withdraw')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'Record that the resident withdrew the complaint; its Code clocks stop',
  })
  @ApiOkResponse({ type: CommandResponse })
  async withdraw(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: WithdrawComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new WithdrawComplaintCommand(id, body, context));
    return respond(reply, outcome);
  }
}
