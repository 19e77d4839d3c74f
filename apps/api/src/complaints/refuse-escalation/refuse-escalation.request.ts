import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ESCALATION_REFUSAL_CODES, type EscalationRefusalCode } from '@redress/complaints';
import { Section2RefusalRequest } from '../shared/section2-refusal.request';

export class RefuseEscalationRequest extends Section2RefusalRequest {
  @ApiProperty({
    enum: ESCALATION_REFUSAL_CODES,
    description:
      "A Section 2 reason (CHC 2.2), or REQUEST_OUT_OF_TIME for a request made after the policy's window",
  })
  @IsIn(ESCALATION_REFUSAL_CODES)
  reasonCode!: EscalationRefusalCode;
}
