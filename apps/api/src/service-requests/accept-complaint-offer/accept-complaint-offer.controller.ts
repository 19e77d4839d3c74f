import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandContext } from '../../complaints/shared/command-context.decorator';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { respond } from '../../complaints/shared/respond';
import { OfferIdPipe } from '../shared/offer-id.pipe';
import { AcceptComplaintOfferCommand } from './accept-complaint-offer.command';
import { AcceptComplaintOfferRequest } from './accept-complaint-offer.request';
import { AcceptComplaintOfferResponse } from './accept-complaint-offer.response';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class AcceptComplaintOfferController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/offers/:offerId/accept')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The resident chose to complain (CHC 1.5): a complaint is logged through the complaint command path, linked to the request, and the answer names it',
  })
  @ApiOkResponse({ type: AcceptComplaintOfferResponse })
  async accept(
    @Param('id', IdPipe) id: string,
    @Param('offerId', OfferIdPipe) offerId: string,
    @Body() body: AcceptComplaintOfferRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AcceptComplaintOfferResponse> {
    const outcome = await this.commandBus.execute(
      new AcceptComplaintOfferCommand(id, offerId, body, context),
    );
    const complaintId = outcome.complaintId!;
    void reply.header('location', `/complaints/${complaintId}`);
    return { ...respond(reply, outcome), complaintId };
  }
}
