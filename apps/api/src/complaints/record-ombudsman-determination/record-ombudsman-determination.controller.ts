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
import { RecordOmbudsmanDeterminationCommand } from './record-ombudsman-determination.command';
import { RecordOmbudsmanDeterminationRequest } from './record-ombudsman-determination.request';

@ApiTags('ombudsman')
@ApiBearerAuth()
@Controller('complaints')
export class RecordOmbudsmanDeterminationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/ombudsman-determination')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      "Record the Ombudsman's determination: one finding per issue (HOS guidance on outcomes)",
  })
  @ApiOkResponse({ type: CommandResponse })
  async determine(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RecordOmbudsmanDeterminationRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordOmbudsmanDeterminationCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
