import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { GetServiceRequestQuery } from './get-service-request.query';
import type { ServiceRequestView } from './service-request.view';

@ApiTags('service requests')
@ApiBearerAuth()
@Controller('service-requests')
export class GetServiceRequestController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      'The service request folded from its events: its status, and every offer to complain with the answer and the complaint it led to',
  })
  @ApiOkResponse({ description: 'The service request; the ETag is its revision, for If-Match' })
  async get(
    @Param('id', IdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceRequestView> {
    const view = await this.queryBus.execute(new GetServiceRequestQuery(id));
    void reply.header('etag', `"${view.revision}"`);
    return view;
  }
}
