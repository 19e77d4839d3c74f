import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CHANNELS, type Channel } from '@redress/complaints';
import { DatedRequest } from '../../complaints/shared/dated.request';

/**
 * The resident chose to complain (CHC 1.5). The complaint is logged from the request's resident
 * and property; the date is the complaint's date of receipt as well as the answer's.
 */
export class AcceptComplaintOfferRequest extends DatedRequest {
  @ApiPropertyOptional({
    description: "The complaint in the resident's words; the recorded dissatisfaction by default",
    maxLength: 20000,
  })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  description?: string;

  @ApiPropertyOptional({
    enum: CHANNELS,
    description: "How the complaint was made; the request's own channel by default",
  })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}
