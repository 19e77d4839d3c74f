import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ISSUE_DECISIONS, NO_LEARNING_IDENTIFIED, type IssueDecision } from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';
import { TrackedActionRequest } from '../shared/tracked-action.request';

/**
 * Category and root cause are not enums here: their lists belong to the policy version the
 * complaint was received under, which only the domain knows.
 */
export class CloseComplaintRequest extends DatedRequest {
  @ApiProperty({
    description: "A category from the policy's list, for reporting (CHC 8.1(b))",
    maxLength: 100,
    example: 'PROPERTY_CONDITION',
  })
  @IsString()
  @Length(1, 100)
  category!: string;

  @ApiPropertyOptional({ description: 'A finer category, e.g. damp and mould', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subCategory?: string;

  @ApiProperty({
    description:
      "A root cause from the policy's list: mandatory, so the causes behind complaints can be addressed (CHC 9.1)",
    maxLength: 100,
    example: 'CONTRACTOR_PERFORMANCE',
  })
  @IsString()
  @Length(1, 100)
  rootCause!: string;

  @ApiProperty({ enum: ISSUE_DECISIONS, description: 'The outcome of the complaint as closed' })
  @IsIn(ISSUE_DECISIONS)
  outcome!: IssueDecision;

  @ApiProperty({
    description: `What was learned beyond this complaint (CHC 9.1), or ${NO_LEARNING_IDENTIFIED}`,
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  learning!: string;

  @ApiPropertyOptional({
    type: [TrackedActionRequest],
    description: 'Service improvements to follow through, each with an owner and a date (CHC 9.1)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TrackedActionRequest)
  learningActions?: TrackedActionRequest[];
}
