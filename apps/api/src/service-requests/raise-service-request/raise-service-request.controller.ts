import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { COMMAND_ROLES } from '@redress/users';
import { CommandResponse } from '../../complaints/shared/command.response';
import { CommandContext } from '../../complaints/shared/command-context.decorator';
import type { RequestContext } from '../../complaints/shared/complaint-command.service';
import { respond } from '../../complaints/shared/respond';
import { ServiceRequestCommandService } from '../shared/service-request-command.service';
import { RaiseServiceRequestCommand } from './raise-service-request.command';
import { RaiseServiceRequestRequest } from './raise-service-request.request';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class RaiseServiceRequestController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly service: ServiceRequestCommandService,
  ) {}

  @Post()
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Record a service request (CHC 1.4): a request to put something right, which is not a complaint',
  })
  @ApiCreatedResponse({ type: CommandResponse })
  async raise(
    @Body() body: RaiseServiceRequestRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const id = this.service.newServiceRequestId(context);
    const outcome = await this.commandBus.execute(
      new RaiseServiceRequestCommand(id, body, context),
    );
    void reply.header('location', `/service-requests/${id}`);
    return respond(reply, outcome);
  }
}
