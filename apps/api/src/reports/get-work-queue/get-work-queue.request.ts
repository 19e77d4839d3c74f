import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import {
  OBLIGATION_KINDS,
  RAGS,
  WORK_QUEUE_DEFAULT_LIMIT,
  WORK_QUEUE_MAX_LIMIT,
  type Rag,
} from '@redress/read-models';
import type { DeadlineKind } from '@redress/complaints';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

export class GetWorkQueueRequest {
  @ApiPropertyOptional({
    description: 'Judge red / amber / green as of this date (today by default)',
    example: '2025-05-06',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'Only obligations this person owns (case and surrounding spaces ignored)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string;

  @ApiPropertyOptional({
    description: "Only obligations of this handler's complaints (case and spaces ignored)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  handler?: string;

  @ApiPropertyOptional({ enum: OBLIGATION_KINDS })
  @IsOptional()
  @IsIn(OBLIGATION_KINDS, { message: `kind must be one of ${OBLIGATION_KINDS.join(', ')}` })
  kind?: DeadlineKind;

  @ApiPropertyOptional({ enum: [1, 2] })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2], { message: 'stage must be 1 or 2' })
  stage?: 1 | 2;

  @ApiPropertyOptional({
    enum: RAGS,
    description: 'red (missed), amber (due within 2 working days) or green',
  })
  @IsOptional()
  @IsIn(RAGS, { message: `rag must be one of ${RAGS.join(', ')}` })
  rag?: Rag;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: WORK_QUEUE_MAX_LIMIT,
    default: WORK_QUEUE_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(WORK_QUEUE_MAX_LIMIT, { message: `limit must be at most ${WORK_QUEUE_MAX_LIMIT}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  cursor?: string;
}
