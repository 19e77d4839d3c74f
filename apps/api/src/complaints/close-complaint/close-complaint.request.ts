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
import {
  ISSUE_DECISIONS,
  NO_LEARNING_IDENTIFIED,
  PolicyRegistry,
  type IssueDecision,
} from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';
import { TrackedActionRequest } from '../shared/tracked-action.request';

/** Every value some policy version lists, for the OpenAPI document. */
const listed = (pick: 'categories' | 'rootCauses') => [
  ...new Set(
    PolicyRegistry.default()
      .all()
      .flatMap((p) => p[pick]),
  ),
];

/**
 * Category and root cause are enumerated in the OpenAPI document but checked by the domain: the
 * list that applies is the one of the policy version the complaint was received under. Both may
 * be left out here, so a missing one is refused with the rule's own code
 * (`CATEGORY_REQUIRED`, `ROOT_CAUSE_REQUIRED`), as a blank one is.
 */
export class CloseComplaintRequest extends DatedRequest {
  // Not `required` in the OpenAPI document: the edge lets a missing one through to the rule
  // (409 CATEGORY_REQUIRED), so the document and the edge's validation agree.
  @ApiPropertyOptional({
    description:
      'A category from the list of the policy version the complaint was received under, for reporting (CHC 8.1(b)); the Code requires it: refused with 409 CATEGORY_REQUIRED when missing',
    enum: listed('categories'),
    example: 'PROPERTY_CONDITION',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category!: string;

  @ApiPropertyOptional({ description: 'A finer category, e.g. damp and mould', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subCategory?: string;

  @ApiPropertyOptional({
    description:
      "A root cause from the policy version's list: mandatory, so the causes behind complaints can be addressed (CHC 9.1); refused with 409 ROOT_CAUSE_REQUIRED when missing or blank",
    enum: listed('rootCauses'),
    example: 'CONTRACTOR_PERFORMANCE',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
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
