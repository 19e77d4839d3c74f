import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';
import { IsLocalDate } from '../shared/local-date.validator';

export class RecordReasonableAdjustmentRequest extends DatedRequest {
  @ApiProperty({
    description: 'The adjustment agreed, e.g. large-print letters (CHC 3.1)',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  adjustment!: string;

  @ApiPropertyOptional({
    description: 'When to review it: adjustments are kept under review; not in the past',
    format: 'date',
    example: '2025-10-01',
  })
  @IsOptional()
  @IsLocalDate()
  reviewOn?: string;
}
