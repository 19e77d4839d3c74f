import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LIFECYCLE_STATUSES, PolicyRegistry } from '@redress/complaints';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

const CATEGORIES = [
  ...new Set(
    PolicyRegistry.default()
      .all()
      .flatMap((p) => p.categories),
  ),
];

export class ListComplaintsRequest {
  @ApiPropertyOptional({ enum: [1, 2], description: 'Current stage' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2], { message: 'stage must be 1 or 2' })
  stage?: 1 | 2;

  @ApiPropertyOptional({
    description: 'Lifecycle state, or its parent (`stage1` matches `stage1.responded`)',
    enum: LIFECYCLE_STATUSES,
    example: 'stage1',
  })
  @IsOptional()
  @IsIn(LIFECYCLE_STATUSES, {
    message: `status must be one of ${LIFECYCLE_STATUSES.join(', ')}`,
  })
  status?: string;

  @ApiPropertyOptional({ enum: CATEGORIES, example: 'PROPERTY_CONDITION' })
  @IsOptional()
  @IsIn(CATEGORIES, { message: `category must be one of ${CATEGORIES.join(', ')}` })
  category?: string;

  @ApiPropertyOptional({ description: 'Current handler id' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  handler?: string;

  @ApiPropertyOptional({ description: "The resident's reference, exactly" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  residentRef?: string;

  @ApiPropertyOptional({ description: "The property's reference, exactly" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  propertyRef?: string;

  @ApiPropertyOptional({
    description:
      "Free text anywhere in the complaint's description or its defined issues, ignoring case; `%` and `_` match themselves",
    maxLength: 200,
    example: 'mould',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Received on or after (YYYY-MM-DD)' })
  @IsOptional()
  @IsLocalDate()
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'Received on or before (YYYY-MM-DD)' })
  @IsOptional()
  @IsLocalDate()
  receivedTo?: string;

  @ApiPropertyOptional({
    description: 'Only complaints with an open deadline that fell due before this date',
  })
  @IsOptional()
  @IsLocalDate()
  overdueAsOf?: string;

  @ApiPropertyOptional({ enum: ['receivedOn', 'nextDeadline'], default: 'receivedOn' })
  @IsOptional()
  @IsIn(['receivedOn', 'nextDeadline'], { message: 'sort must be receivedOn or nextDeadline' })
  sort?: 'receivedOn' | 'nextDeadline';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'direction must be asc or desc' })
  direction?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  cursor?: string;
}
