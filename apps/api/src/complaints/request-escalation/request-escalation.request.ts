import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class RequestEscalationRequest extends DatedRequest {
  @ApiPropertyOptional({
    description: 'Why the resident is still unhappy, if they say: never required (CHC 6.12)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  residentReason?: string;
}
