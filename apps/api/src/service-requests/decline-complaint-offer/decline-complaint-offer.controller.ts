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
import { OfferIdPipe } from '../shared/offer-id.pipe';
import { DeclineComplaintOfferCommand } from './decline-complaint-offer.command';
import { DeclineComplaintOfferRequest } from './decline-complaint-offer.request';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class DeclineComplaintOfferController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/offers/:offerId/decline')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The resident declined to complain; the offer and their words are kept as evidence for the self-assessment (CHC 1.3)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async decline(
    @Param('id', IdPipe) id: string,
    @Param('offerId', OfferIdPipe) offerId: string,
    @Body() body: DeclineComplaintOfferRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new DeclineComplaintOfferCommand(id, offerId, body, context),
    );
    return respond(reply, outcome);
  }
}
