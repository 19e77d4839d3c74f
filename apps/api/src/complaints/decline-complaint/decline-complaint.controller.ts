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
import { DeclineComplaintCommand } from './decline-complaint.command';
import { DeclineComplaintRequest } from './decline-complaint.request';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class DeclineComplaintController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/not-accepted')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Record that a complaint is not accepted, with its Section 2 reason, evidence and Ombudsman rights (CHC 2.1–2.4)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async decline(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: DeclineComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new DeclineComplaintCommand(id, body, context));
    return respond(reply, outcome);
  }
}
