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
import { CorrectTenureCommand } from './correct-tenure.command';
import { CorrectTenureRequest } from './correct-tenure.request';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class CorrectTenureController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/correct-tenure')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Correct the tenure recorded at receipt, with a reason; the earlier value stays in the history (RSH TSM CH01–CH02)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async correct(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: CorrectTenureRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new CorrectTenureCommand(id, body, context));
    return respond(reply, outcome);
  }
}
