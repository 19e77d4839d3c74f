import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { YearRequest } from './year.request';

/**
 * How a repeat is found: the Code sets no definition [UNCONFIRMED], so by default two or more
 * records each raised within 365 days of the one before.
 */
export class RepeatOptionsRequest extends YearRequest {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 3650,
    default: 365,
    description: 'A record repeats the one before it when raised within this many calendar days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'withinDays must be a whole number' })
  @Min(0, { message: 'withinDays must be at least 0' })
  @Max(3650, { message: 'withinDays must be at most 3650' })
  withinDays?: number;

  @ApiPropertyOptional({ minimum: 2, maximum: 1000, default: 2 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'minCount must be a whole number' })
  @Min(2, { message: 'minCount must be at least 2' })
  @Max(1000, { message: 'minCount must be at most 1000' })
  minCount?: number;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description:
      'Count only records about the same topic (hazard type, complaint category) as repeats of each other',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'byTopic must be true or false' })
  byTopic?: 'true' | 'false';
}

/** The options as the read-model query takes them. */
export function repeatOptions(request: RepeatOptionsRequest) {
  return {
    withinDays: request.withinDays,
    minCount: request.minCount,
    byTopic: request.byTopic === 'true',
  };
}
