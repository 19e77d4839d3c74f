import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { readAlertsSent } from '@redress/alert-stream';
import type { EventStore } from '@redress/event-store';
import { REPORT_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { EVENT_STORE } from '../../store/tokens';

export class AlertsSentRequest {
  @ApiPropertyOptional({ description: 'Only the alerts about this complaint or hazard case' })
  @IsOptional()
  @IsUUID()
  caseId?: string;
}

class AlertSentView {
  @ApiProperty() alertId!: string;
  @ApiProperty({ enum: ['amber', 'missed', 'digest'] }) kind!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty({ enum: ['email', 'webhook'] }) channel!: string;
  @ApiProperty() address!: string;
  @ApiProperty() subject!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) caseId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ description: 'The Message-ID or webhook-id the receiver saw' })
  messageId!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ description: 'When the SMTP server or receiver accepted it' })
  deliveredAt!: string;
}

class AlertsSentView {
  @ApiProperty({ type: [AlertSentView] }) items!: AlertSentView[];
}

/** Who was told what, when: every AlertSent event, for auditors and the complaints lead. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/sent')
export class ListAlertsSentController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @AllowRoles(...REPORT_ROLES)
  @ApiOperation({ summary: 'Every alert delivered, oldest first (the AlertSent events)' })
  @ApiOkResponse({ type: AlertsSentView })
  async list(@Query() query: AlertsSentRequest): Promise<AlertsSentView> {
    const sent = await readAlertsSent(this.store, { caseId: query.caseId });
    return {
      items: sent.map((s) => ({
        alertId: s.alertId,
        kind: s.kind,
        recipient: s.recipient,
        channel: s.channel,
        address: s.address,
        subject: s.subject,
        caseId: s.caseId,
        dueOn: s.dueOn,
        messageId: s.messageId,
        attempts: s.attempts,
        deliveredAt: s.deliveredAt,
      })),
    };
  }
}
