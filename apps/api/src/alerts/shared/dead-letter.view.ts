import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OutboxRow } from '@redress/alerts';

/** An alert every delivery attempt failed for, as the admin sees it before replaying it. */
export class DeadLetterView {
  @ApiProperty({ example: 'c1ef412079d0e7b98323d45349b5b291' }) alertId!: string;
  @ApiProperty({ enum: ['amber', 'missed', 'digest'] }) kind!: string;
  @ApiProperty({ example: 'alice' }) recipient!: string;
  @ApiProperty({ enum: ['email', 'webhook'] }) channel!: string;
  @ApiProperty({ description: 'The email address or webhook URL' }) address!: string;
  @ApiProperty() subject!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) caseId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2025-05-07' })
  dueOn!: string | null;
  @ApiProperty({ example: 6 }) attempts!: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'the receiver answered 500' })
  lastError!: string | null;
  @ApiProperty({ example: '2025-05-02T09:00:00.000Z' }) createdAt!: string;

  static of(row: OutboxRow): DeadLetterView {
    return {
      alertId: row.alert_id,
      kind: row.kind,
      recipient: row.recipient,
      channel: row.channel,
      address: row.address,
      subject: row.subject,
      caseId: row.case_id,
      dueOn: row.due_on,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
    };
  }
}

export class DeadLettersView {
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
}
