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
import { CompleteSafetyWorkCommand } from './complete-safety-work.command';
import { CompleteSafetyWorkRequest } from './complete-safety-work.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class CompleteSafetyWorkController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/safety-work')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Relevant safety work done (SI 2025/1042 Reg 11(2)(a): within 5 working days of the investigation concluding)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async completeSafetyWork(
    @Param('id', IdPipe) id: string,
    @Body() body: CompleteSafetyWorkRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new CompleteSafetyWorkCommand(id, body, context));
    return respond(reply, outcome);
  }
}
