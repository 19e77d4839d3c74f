import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Every hazard step may be timed: now by default, earlier only with a reason. Hazard clocks run
 * in hours as well as working days (SI 2025/1042), so the step keeps its instant, not a date.
 */
export class HazardStepRequest {
  @ApiPropertyOptional({
    description:
      'When the step happened, as an ISO 8601 instant with a zone (now by default). Never in the future, never before the step it follows',
    example: '2025-11-03T09:30:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  at?: string;

  @ApiPropertyOptional({
    description: 'Why the instant is on an earlier day than today; required when it is',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  backdateReason?: string;
}
