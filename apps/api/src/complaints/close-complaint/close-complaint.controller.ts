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
import { CloseComplaintCommand } from './close-complaint.command';
import { CloseComplaintRequest } from './close-complaint.request';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class CloseComplaintController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/close')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Close the complaint with its category, mandatory root cause, outcome and learning (CHC 8.1(b), 9.1)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async close(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: CloseComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new CloseComplaintCommand(id, body, context));
    return respond(reply, outcome);
  }
}
