import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DatedRequest } from './dated.request';
import { IsLocalDate } from './local-date.validator';

/**
 * What not accepting a complaint and refusing its escalation both record: either must be
 * reasoned, evidenced and lawful under Section 2, and leave the resident free to go to the
 * Ombudsman (CHC 2.1–2.4).
 */
export class Section2RefusalRequest extends DatedRequest {
  @ApiProperty({
    description: 'Why the matter is not suitable for the complaints process (CHC 2.1, 2.4)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  explanation!: string;

  @ApiProperty({ description: 'The evidence the reasoning rests on (CHC 2.1)', maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  evidence!: string;

  @ApiPropertyOptional({
    description:
      'Discretion to consider a late matter anyway was weighed; required to refuse it as late (CHC 2.3)',
  })
  @IsOptional()
  @IsBoolean()
  discretionConsidered?: boolean;

  @ApiPropertyOptional({ description: 'The discretion decision and why', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  discretionNote?: string;

  @ApiPropertyOptional({
    description:
      'For legal proceedings: when the claim was filed at court, which is when they start (CHC 2.2)',
    format: 'date',
    example: '2025-03-03',
  })
  @IsOptional()
  @IsLocalDate()
  claimFiledAtCourtOn?: string;

  @ApiProperty({
    description: 'The letter gives the right to take this decision to the Ombudsman (CHC 2.4)',
  })
  @IsBoolean()
  ombudsmanRightsGiven!: boolean;
}
