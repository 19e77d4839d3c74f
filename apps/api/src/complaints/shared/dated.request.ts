import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLocalDate } from './local-date.validator';

/** Every command may be dated: today by default, earlier only with a reason (decision 3). */
export class DatedRequest {
  @ApiPropertyOptional({
    description: 'Business date the fact takes effect (YYYY-MM-DD, England). Defaults to today.',
    example: '2025-04-17',
  })
  @IsOptional()
  @IsLocalDate()
  effectiveOn?: string;

  @ApiPropertyOptional({
    description: 'Why the date is earlier than today; required when it is.',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  backdateReason?: string;
}
