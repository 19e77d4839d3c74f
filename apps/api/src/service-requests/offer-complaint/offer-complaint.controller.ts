import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ComplaintOffered, ServiceRequestEvent } from '@redress/service-requests';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandContext } from '../../complaints/shared/command-context.decorator';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { respond } from '../../complaints/shared/respond';
import { OfferComplaintCommand } from './offer-complaint.command';
import { OfferComplaintRequest } from './offer-complaint.request';
import { OfferComplaintResponse } from './offer-complaint.response';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class OfferComplaintController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/offers')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'The resident expressed dissatisfaction and was offered the choice to complain (CHC 1.3, 1.5), even while the request is still being handled',
  })
  @ApiOkResponse({ type: OfferComplaintResponse })
  async offer(
    @Param('id', IdPipe) id: string,
    @Body() body: OfferComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OfferComplaintResponse> {
    const outcome = await this.commandBus.execute(new OfferComplaintCommand(id, body, context));
    const offered = outcome.events.find(
      (e: ServiceRequestEvent): e is ComplaintOffered => e.type === 'ComplaintOffered',
    );
    return { ...respond(reply, outcome), offerId: offered!.data.offerId };
  }
}
