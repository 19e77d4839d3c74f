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
import { TakeServiceRequestInHandCommand } from './take-service-request-in-hand.command';
import { TakeServiceRequestInHandRequest } from './take-service-request-in-hand.request';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class TakeServiceRequestInHandController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/in-hand')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'The service request taken in hand by someone (CHC 1.4)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async takeInHand(
    @Param('id', IdPipe) id: string,
    @Body() body: TakeServiceRequestInHandRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new TakeServiceRequestInHandCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
