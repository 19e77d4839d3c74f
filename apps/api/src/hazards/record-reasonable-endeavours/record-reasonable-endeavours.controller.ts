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
import { RecordReasonableEndeavoursCommand } from './record-reasonable-endeavours.command';
import { RecordReasonableEndeavoursRequest } from './record-reasonable-endeavours.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class RecordReasonableEndeavoursController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reasonable-endeavours')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The reasonable endeavours defence for one step, with its evidence (a missed clock keeps its status)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', IdPipe) id: string,
    @Body() body: RecordReasonableEndeavoursRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordReasonableEndeavoursCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
