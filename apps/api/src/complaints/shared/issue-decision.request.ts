import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { ISSUE_DECISIONS, type IssueDecision } from '@redress/complaints';

/** The decision on one issue of the definition, with its reasons (CHC 6.7). */
export class IssueDecisionRequest {
  @ApiProperty({
    description: 'The issue, by the id the acknowledgement gave it',
    maxLength: 100,
    example: 'S1-I1',
  })
  @IsString()
  @Length(1, 100)
  issueId!: string;

  @ApiProperty({ enum: ISSUE_DECISIONS })
  @IsIn(ISSUE_DECISIONS)
  decision!: IssueDecision;

  @ApiProperty({
    description: 'Clear reasons, referring to policy, law and good practice (CHC 6.7)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  reasons!: string;
}
