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
import { LinkComplaintCommand } from './link-complaint.command';
import { LinkComplaintRequest } from './link-complaint.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class LinkComplaintController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/complaints')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Link a complaint about the same matter: the link is recorded on both, and each shows the other’s clocks',
  })
  @ApiOkResponse({ type: CommandResponse })
  async link(
    @Param('id', IdPipe) id: string,
    @Body() body: LinkComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new LinkComplaintCommand(id, body, context));
    return respond(reply, outcome);
  }
}
