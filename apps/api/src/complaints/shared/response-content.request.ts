import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { DatedRequest } from './dated.request';
import { IssueDecisionRequest } from './issue-decision.request';
import { RemedyRequest } from './remedy.request';
import { TrackedActionRequest } from './tracked-action.request';

/** What a Stage 1 response and a final response both record (CHC 6.6–6.7, 7.1–7.3). */
export class ResponseContentRequest extends DatedRequest {
  @ApiProperty({
    type: [IssueDecisionRequest],
    description: "A decision with reasons on every issue of the stage's definition (CHC 6.7)",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IssueDecisionRequest)
  decisions!: IssueDecisionRequest[];

  @ApiPropertyOptional({
    type: [RemedyRequest],
    description: 'What will put things right, by whom and by when (CHC 7.1–7.3)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RemedyRequest)
  remedies?: RemedyRequest[];

  @ApiPropertyOptional({
    description: 'Why no remedy is offered although something is upheld (CHC 7.1–7.2)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  noRemedyReason?: string;

  @ApiPropertyOptional({
    type: [TrackedActionRequest],
    description: 'Actions still to do: the response is not held back for them (CHC 6.6)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TrackedActionRequest)
  outstandingActions?: TrackedActionRequest[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Others who contributed; the stricter Stage 2 independence option excludes them (CHC 6.13)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  contributors?: string[];

  @ApiProperty({
    description:
      'The letter says what the resident can do next: escalate to Stage 2 after a Stage 1 response, refer to the Housing Ombudsman after the final response',
  })
  @IsBoolean()
  nextStepsGiven!: boolean;
}
