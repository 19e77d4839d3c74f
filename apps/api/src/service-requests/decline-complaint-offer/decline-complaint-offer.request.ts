import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DatedRequest } from '../../complaints/shared/dated.request';

export class DeclineComplaintOfferRequest extends DatedRequest {
  @ApiPropertyOptional({
    description: "The resident's own words, if they gave any",
    maxLength: 5000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  residentsWords?: string;
}
