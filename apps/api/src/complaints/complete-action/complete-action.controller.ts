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
import { CompleteActionCommand } from './complete-action.command';
import { CompleteActionRequest } from './complete-action.request';

@ApiTags('case work')
@ApiBearerAuth()
@Controller('complaints')
export class CompleteActionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/complete-action')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Record that a remedy, outstanding action or learning action was completed (CHC 6.6, 7.3)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async complete(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: CompleteActionRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new CompleteActionCommand(id, body, context));
    return respond(reply, outcome);
  }
}
