import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { LIFECYCLE_STATUSES, PolicyRegistry } from '@redress/complaints';
import {
  FIGURES,
  NOT_RECORDED,
  TENURE_FILTERS,
  type FigureName,
  type TenureFilter,
} from '@redress/read-models';
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

  @ApiPropertyOptional({
    enum: [...CATEGORIES, NOT_RECORDED],
    example: 'PROPERTY_CONDITION',
  })
  @IsOptional()
  @IsIn([...CATEGORIES, NOT_RECORDED], {
    message: `category must be one of ${CATEGORIES.join(', ')} or ${NOT_RECORDED}`,
  })
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

  @ApiPropertyOptional({
    enum: TENURE_FILTERS,
    description: 'The stock type the TSMs report under; `combined` is LCRA and LCHO',
  })
  @IsOptional()
  @IsIn(TENURE_FILTERS, { message: `tenure must be one of ${TENURE_FILTERS.join(', ')}` })
  tenure?: TenureFilter;

  @ApiPropertyOptional({ description: 'Root cause recorded at closure; NOT_RECORDED for none' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  rootCause?: string;

  @ApiPropertyOptional({
    description: "The outcome of the figure's stage (Stage 1 unless figureStage is 2)",
    example: 'UPHELD',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  outcome?: string;

  @ApiPropertyOptional({
    enum: FIGURES,
    description:
      'Only the complaints behind a report figure, counted by the report’s own rule (docs/reports.md, "The complaints behind a figure"); needs figureFrom and figureTo',
  })
  @IsOptional()
  @IsIn(FIGURES, { message: `figure must be one of ${FIGURES.join(', ')}` })
  figure?: FigureName;

  @ApiPropertyOptional({ description: "The figure's period: first day (YYYY-MM-DD)" })
  @IsOptional()
  @IsLocalDate()
  figureFrom?: string;

  @ApiPropertyOptional({ description: "The figure's period: last day (YYYY-MM-DD)" })
  @IsOptional()
  @IsLocalDate()
  figureTo?: string;

  @ApiPropertyOptional({ enum: [1, 2], default: 1, description: "The figure's stage" })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2], { message: 'figureStage must be 1 or 2' })
  figureStage?: 1 | 2;

  @ApiPropertyOptional({
    description:
      'The Ombudsman finding (figure ombudsman-finding) or the Code provision (figure shortfall)',
    example: '6.2',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  figureValue?: string;

  @ApiPropertyOptional({
    description: 'The date the figure is judged as of (YYYY-MM-DD); today by default',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

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
