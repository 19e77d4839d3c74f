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
import { OfferAlternativeAccommodationCommand } from './offer-alternative-accommodation.command';
import { OfferAlternativeAccommodationRequest } from './offer-alternative-accommodation.request';

@ApiTags('hazards')
@ApiBearerAuth()
@Controller('hazards')
export class OfferAlternativeAccommodationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/alternative-accommodation')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      "Suitable alternative accommodation offered at the landlord's cost, because the home cannot be made safe in time",
  })
  @ApiOkResponse({ type: CommandResponse })
  async offer(
    @Param('id', IdPipe) id: string,
    @Body() body: OfferAlternativeAccommodationRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new OfferAlternativeAccommodationCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
