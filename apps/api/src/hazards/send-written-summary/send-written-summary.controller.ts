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
import { SendWrittenSummaryCommand } from './send-written-summary.command';
import { SendWrittenSummaryRequest } from './send-written-summary.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class SendWrittenSummaryController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/written-summary')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The written summary of the findings given to the tenant (SI 2025/1042 Reg 9: within 3 working days of the investigation concluding)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async sendSummary(
    @Param('id', IdPipe) id: string,
    @Body() body: SendWrittenSummaryRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new SendWrittenSummaryCommand(id, body, context));
    return respond(reply, outcome);
  }
}
