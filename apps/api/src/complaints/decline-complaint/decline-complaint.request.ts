import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXCLUSION_CODES, type ExclusionCode } from '@redress/complaints';
import { IsLocalDate } from '../shared/local-date.validator';
import { Section2RefusalRequest } from '../shared/section2-refusal.request';

export class DeclineComplaintRequest extends Section2RefusalRequest {
  @ApiProperty({ enum: EXCLUSION_CODES, description: 'The exclusion that applies (CHC 2.2)' })
  @IsIn(EXCLUSION_CODES)
  exclusionCode!: ExclusionCode;

  @ApiPropertyOptional({
    description: 'When the issue occurred; needed to exclude it as over 12 months old (CHC 2.3)',
    format: 'date',
    example: '2023-11-02',
  })
  @IsOptional()
  @IsLocalDate()
  issueOccurredOn?: string;

  @ApiPropertyOptional({
    description:
      'When the resident became aware of the issue, if later: the 12 months run from it (CHC 2.3)',
    format: 'date',
    example: '2024-01-15',
  })
  @IsOptional()
  @IsLocalDate()
  residentAwareOn?: string;
}
