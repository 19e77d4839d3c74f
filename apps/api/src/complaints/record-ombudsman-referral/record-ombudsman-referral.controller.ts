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
import { RecordOmbudsmanReferralCommand } from './record-ombudsman-referral.command';
import { RecordOmbudsmanReferralRequest } from './record-ombudsman-referral.request';

@ApiTags('ombudsman')
@ApiBearerAuth()
@Controller('complaints')
export class RecordOmbudsmanReferralController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/ombudsman-referral')
  @HttpCode(200)
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Record that the complaint went to the Housing Ombudsman, after the final response or a refusal (CHC 2.4)',
  })
  @ApiOkResponse({ type: CommandResponse })
  async refer(
    @Param('id', ComplaintIdPipe) id: string,
    @Body() body: RecordOmbudsmanReferralRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(
      new RecordOmbudsmanReferralCommand(id, body, context),
    );
    return respond(reply, outcome);
  }
}
