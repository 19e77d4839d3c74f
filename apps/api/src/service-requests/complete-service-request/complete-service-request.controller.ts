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
import { CompleteServiceRequestCommand } from './complete-service-request.command';
import { CompleteServiceRequestRequest } from './complete-service-request.request';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class CompleteServiceRequestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/done')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The service request done, with its outcome; open offers to complain are unaffected (CHC 1.5)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async complete(
    @Param('id', IdPipe) id: string,
    @Body() body: CompleteServiceRequestRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new CompleteServiceRequestCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
