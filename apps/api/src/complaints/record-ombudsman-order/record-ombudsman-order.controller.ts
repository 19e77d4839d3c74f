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
import { RecordOmbudsmanOrderCommand } from './record-ombudsman-order.command';
import { RecordOmbudsmanOrderRequest } from './record-ombudsman-order.request';

@ApiTags('ombudsman')
@ApiBearerAuth()
@Controller('complaints')
export class RecordOmbudsmanOrderController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/ombudsman-order')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Record an Ombudsman order with its own due date; orders after severe maladministration are reported (CHC 9.7)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async order(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RecordOmbudsmanOrderRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordOmbudsmanOrderCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
