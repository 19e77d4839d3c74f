import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { CHANNELS, TENURES, type Channel, type Tenure } from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';

export class LogComplaintRequest extends DatedRequest {
  @ApiProperty({ enum: CHANNELS, description: 'How the complaint was made (CHC 3.1: any channel)' })
  @IsIn(CHANNELS)
  channel!: Channel;

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

  @ApiProperty({ description: 'The complaint in the words it was made', maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  description!: string;

  @ApiPropertyOptional({
    description:
      'When it was received, as an ISO 8601 instant with a zone; sets the date of receipt in England',
    example: '2025-04-17T09:30:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  receivedAt?: string;

  @ApiPropertyOptional({
    description: 'A representative or third party complaining for the resident (CHC 1.3)',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representative?: string;

  @ApiPropertyOptional({
    description: 'The service request the dissatisfaction arose from (CHC 1.5)',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  serviceRequestId?: string;

  @ApiPropertyOptional({ description: 'The resident is vulnerable or at risk (CHC 6.1)' })
  @IsOptional()
  @IsBoolean()
  vulnerable?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Reasonable adjustments agreed (CHC 3.1)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  reasonableAdjustments?: string[];

  @ApiPropertyOptional({
    enum: TENURES,
    description:
      'The stock type reported under in the TSMs (RSH CH01–CH02): LCRA (low cost rental), LCHO (shared ownership) or OTHER (leaseholders, market rent, the public: not in the TSMs). REDRESS_DEFAULT_TENURE when omitted',
  })
  @IsOptional()
  @IsIn(TENURES)
  tenure?: Tenure;
}
