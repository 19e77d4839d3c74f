import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class RecordOmbudsmanReferralRequest extends DatedRequest {
  @ApiPropertyOptional({ description: "The Ombudsman's case reference", maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ombudsmanReference?: string;
}
