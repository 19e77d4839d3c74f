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
import { IssueStage2ResponseCommand } from './issue-stage2-response.command';
import { IssueStage2ResponseRequest } from './issue-stage2-response.request';

@ApiTags('stage 2')
@ApiBearerAuth()
@Controller('complaints')
export class IssueStage2ResponseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/final-response')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Issue the final response, by someone who did not consider Stage 1 (CHC 6.13), saying how to refer to the Ombudsman',
  })
  @ApiOkResponse({ type: CommandResponse })
  async issue(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: IssueStage2ResponseRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new IssueStage2ResponseCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
