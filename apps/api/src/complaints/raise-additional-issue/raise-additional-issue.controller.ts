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
import { RaiseAdditionalIssueCommand } from './raise-additional-issue.command';
import { RaiseAdditionalIssueRequest } from './raise-additional-issue.request';

@ApiTags('case work')
@ApiBearerAuth()
@Controller('complaints')
export class RaiseAdditionalIssueController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/raise-issue')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Add a related issue raised before the response to the definition; anything else is a new complaint',
  })
  @ApiOkResponse({ type: CommandResponse })
  async raise(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RaiseAdditionalIssueRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RaiseAdditionalIssueCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
