import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { Stage } from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';
import { IsLocalDate } from '../shared/local-date.validator';

export class ExtendDeadlineRequest extends DatedRequest {
  @ApiProperty({ enum: [1, 2], description: 'The stage whose response date moves' })
  @IsIn([1, 2])
  stage!: Stage;

  @ApiProperty({
    description: 'The reasons, as explained to the resident (CHC 6.4)',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiProperty({
    description:
      'The new response date: later than the current one, and no more than 10 (Stage 1) or 20 (Stage 2) working days beyond the original without a good reason (CHC 6.4)',
    format: 'date',
    example: '2025-05-16',
  })
  @IsLocalDate()
  newDueOn!: string;

  @ApiProperty({ description: "The notice gave the Ombudsman's contact details (CHC 6.5)" })
  @IsBoolean()
  ombudsmanDetailsGiven!: boolean;

  @ApiPropertyOptional({
    description:
      'Why a longer extension is justified; the extension is flagged for oversight (CHC 6.4)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  goodReason?: string;
}
