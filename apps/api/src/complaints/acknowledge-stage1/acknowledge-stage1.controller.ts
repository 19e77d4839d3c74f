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
import { AcknowledgeStage1Command } from './acknowledge-stage1.command';
import { AcknowledgeStage1Request } from './acknowledge-stage1.request';

@ApiTags('stage 1')
@ApiBearerAuth()
@Controller('complaints')
export class AcknowledgeStage1Controller {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/acknowledge')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Acknowledge, define and log at Stage 1 (CHC 6.2); the response clock starts (CHC 6.3)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async acknowledge(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: AcknowledgeStage1Request,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new AcknowledgeStage1Command(id, body, context));
    return respond(reply, outcome);
  }
}
