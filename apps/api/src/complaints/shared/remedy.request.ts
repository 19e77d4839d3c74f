import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { REMEDY_TYPES, type RemedyType } from '@redress/complaints';
import { TrackedActionRequest } from './tracked-action.request';

/** A remedy is a tracked action of a kind the Code names (CHC 7.1), followed through (7.3). */
export class RemedyRequest extends TrackedActionRequest {
  @ApiProperty({ enum: REMEDY_TYPES, description: 'The kind of remedy (CHC 7.1)' })
  @IsIn(REMEDY_TYPES)
  remedyType!: RemedyType;

  @ApiPropertyOptional({
    description: 'For FINANCIAL_REMEDY: the amount in pence, reflecting the impact (CHC 7.2)',
    minimum: 1,
    maximum: 100_000_000,
    example: 25000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountPence?: number;
}
