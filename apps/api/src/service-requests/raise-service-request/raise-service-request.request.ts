import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CHANNELS, type Channel } from '@redress/complaints';
import { DatedRequest } from '../../complaints/shared/dated.request';

export class RaiseServiceRequestRequest extends DatedRequest {
  @ApiProperty({
    description: "The resident's reference in the landlord's housing system",
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  residentRef!: string;

  @ApiPropertyOptional({ description: "The property's reference", maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  propertyRef?: string;

  @ApiProperty({ enum: CHANNELS, description: 'How the request was made' })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({
    description: 'What the resident asked to be put right (CHC 1.4)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  description!: string;
}
