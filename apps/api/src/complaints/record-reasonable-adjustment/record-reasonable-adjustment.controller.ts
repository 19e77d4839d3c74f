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
import { RecordReasonableAdjustmentCommand } from './record-reasonable-adjustment.command';
import { RecordReasonableAdjustmentRequest } from './record-reasonable-adjustment.request';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class RecordReasonableAdjustmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/record-adjustment')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'Record a reasonable adjustment agreed with the resident (CHC 3.1)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RecordReasonableAdjustmentRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordReasonableAdjustmentCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
