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
import { ConcludeInvestigationCommand } from './conclude-investigation.command';
import { ConcludeInvestigationRequest } from './conclude-investigation.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class ConcludeInvestigationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/investigation')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The investigation concluded (SI 2025/1042 Regs 6–8): a hazard or none, with reasons; the written summary (Reg 9) and safety work (Reg 11) clocks start',
  })
  @ApiOkResponse({ type: CommandResponse })
  async conclude(
    @Param('id', IdPipe) id: string,
    @Body() body: ConcludeInvestigationRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new ConcludeInvestigationCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
