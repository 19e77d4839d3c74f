import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AllowRoles } from '../../auth/auth.decorators';
import type { RedressConfig } from '@redress/config';
import { REDRESS_CONFIG } from '../../store/tokens';
import { COMMAND_ROLES } from '@redress/users';
import { hazardPromptFor } from '@redress/hazards';
import { hazardPolicies } from '@redress/hazard-stream';
import type { CommandOutcome } from '../shared/complaint-command.service';
import type { RequestContext } from '../shared/complaint-command.service';
import { ComplaintCommandService } from '../shared/complaint-command.service';
import { CommandContext } from '../shared/command-context.decorator';
import { respond } from '../shared/respond';
import { LogComplaintCommand } from './log-complaint.command';
import { LogComplaintRequest } from './log-complaint.request';
import { LogComplaintResponse } from './log-complaint.response';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class LogComplaintController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly service: ComplaintCommandService,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  @Post()
  @AllowRoles(...COMMAND_ROLES)
  @ApiOperation({
    summary:
      'Log a complaint (CHC 1.2–1.3); the Stage 1 acknowledgement clock starts (CHC 6.2). A description mentioning damp or mould prompts a hazard case (hazardPrompt)',
  })
  @ApiCreatedResponse({ type: LogComplaintResponse })
  async log(
    @Body() body: LogComplaintRequest,
    @CommandContext() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LogComplaintResponse> {
    const id = this.service.newComplaintId(context);
    // The landlord's usual stock type when the officer does not say (REDRESS_DEFAULT_TENURE).
    const tenure = body.tenure ?? this.config.reporting.defaultTenure;
    const outcome: CommandOutcome = await this.commandBus.execute(
      new LogComplaintCommand(id, { ...body, tenure }, context),
    );
    void reply.header('location', `/complaints/${id}`);
    // Awaab's Law reaches the home from the day the complaint was received (SI 2025/1042).
    const received = outcome.events.find((e) => e.type === 'ComplaintReceived');
    const receivedOn = received?.data.effectiveOn;
    const prompt = receivedOn
      ? hazardPromptFor(
          { description: body.description, tenure },
          hazardPolicies.inForceOn(receivedOn),
          this.config.hazards.promptWords,
        )
      : undefined;
    return {
      ...respond(reply, outcome),
      ...(prompt
        ? { hazardPrompt: { words: [...prompt.words], reportWith: 'POST /hazards' } }
        : {}),
    };
  }
}
