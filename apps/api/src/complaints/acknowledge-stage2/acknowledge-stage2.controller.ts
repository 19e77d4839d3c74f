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
import { AcknowledgeStage2Command } from './acknowledge-stage2.command';
import { AcknowledgeStage2Request } from './acknowledge-stage2.request';

@ApiTags('stage 2')
@ApiBearerAuth()
@Controller('complaints')
export class AcknowledgeStage2Controller {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/acknowledge-stage2')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Acknowledge, define and log at Stage 2 (CHC 6.11) by someone who did not consider Stage 1 (CHC 6.13); the final response clock starts',
  })
  @ApiOkResponse({ type: CommandResponse })
  async acknowledge(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: AcknowledgeStage2Request,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new AcknowledgeStage2Command(id, body, context));
    return respond(reply, outcome);
  }
}
