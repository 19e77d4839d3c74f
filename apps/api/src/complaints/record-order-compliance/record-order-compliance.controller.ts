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
import { RecordOrderComplianceCommand } from './record-order-compliance.command';
import { RecordOrderComplianceRequest } from './record-order-compliance.request';

@ApiTags('ombudsman')
@ApiBearerAuth()
@Controller('complaints')
export class RecordOrderComplianceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/order-complied')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary: 'Record compliance with an Ombudsman order, with its evidence (CHC 9.7)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async comply(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RecordOrderComplianceRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordOrderComplianceCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
