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
import { IssueStage1ResponseCommand } from './issue-stage1-response.command';
import { IssueStage1ResponseRequest } from './issue-stage1-response.request';

@ApiTags('stage 1')
@ApiBearerAuth()
@Controller('complaints')
export class IssueStage1ResponseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/respond')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Issue the Stage 1 response: every issue decided with reasons, remedies and next steps (CHC 6.6–6.7, 7.1–7.3)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async issue(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: IssueStage1ResponseRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new IssueStage1ResponseCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
