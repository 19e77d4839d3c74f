import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

/** One response carries at most this many items (issue: bound what one request can make). */
export const WORK_QUEUE_MAX_ITEMS = 1000;
export const WORK_QUEUE_DEFAULT_ITEMS = 200;

export class GetWorkQueueRequest {
  @ApiPropertyOptional({
    description: 'Judge red / amber / green as of this date (today by default)',
    example: '2025-05-06',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  @ApiPropertyOptional({ description: "Only this handler's complaints" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  handler?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: WORK_QUEUE_MAX_ITEMS,
    default: WORK_QUEUE_DEFAULT_ITEMS,
    description: 'At most this many items, soonest first; `counts` still count them all',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(WORK_QUEUE_MAX_ITEMS)
  limit?: number;
}
