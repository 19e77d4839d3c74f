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
import { ExtendDeadlineCommand } from './extend-deadline.command';
import { ExtendDeadlineRequest } from './extend-deadline.request';

@ApiTags('case work')
@ApiBearerAuth()
@Controller('complaints')
export class ExtendDeadlineController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/extend')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      "Notify an extension of the Stage 1 or Stage 2 response date, with reasons and the Ombudsman's details (CHC 6.4–6.5)",
  })
  @ApiOkResponse({ type: CommandResponse })
  async extend(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: ExtendDeadlineRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new ExtendDeadlineCommand(id, body, context));
    return respond(reply, outcome);
  }
}
