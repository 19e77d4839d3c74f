import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { OMBUDSMAN_ORDER_TYPES, type OmbudsmanOrderType } from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';
import { IsLocalDate } from '../shared/local-date.validator';

export class RecordOmbudsmanOrderRequest extends DatedRequest {
  @ApiProperty({ enum: OMBUDSMAN_ORDER_TYPES })
  @IsIn(OMBUDSMAN_ORDER_TYPES)
  orderType!: OmbudsmanOrderType;

  @ApiProperty({ description: 'What the Ombudsman ordered', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiPropertyOptional({
    description: 'The amount in pence; required for COMPENSATION',
    minimum: 1,
    maximum: 100_000_000,
    example: 100000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amountPence?: number;

  @ApiProperty({
    description: "The order's own due date: no fixed period is assumed",
    format: 'date',
    example: '2025-11-28',
  })
  @IsLocalDate()
  dueOn!: string;
}
