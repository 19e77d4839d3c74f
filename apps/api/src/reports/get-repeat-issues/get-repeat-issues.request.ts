import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { IssueKind } from '@redress/service-requests';
import { RepeatOptionsRequest } from '../shared/repeat-options.request';

export const ISSUE_KINDS: readonly IssueKind[] = ['SERVICE_REQUEST', 'COMPLAINT', 'HAZARD'];

export class GetRepeatIssuesRequest extends RepeatOptionsRequest {
  @ApiPropertyOptional({ description: 'Only repeats at this property', example: 'P-200' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  propertyRef?: string;

  @ApiPropertyOptional({ description: 'Only repeats for this resident', example: 'R-100' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  residentRef?: string;

  @ApiPropertyOptional({
    description: 'Which records to look across, comma-separated (all three by default)',
    example: 'SERVICE_REQUEST,COMPLAINT,HAZARD',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(ISSUE_KINDS, {
    each: true,
    message: `kinds must be a comma-separated list of ${ISSUE_KINDS.join(', ')}`,
  })
  kinds?: IssueKind[];
}
