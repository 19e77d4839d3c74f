import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { ACCOMMODATION_ANSWERS, type AccommodationAnswer } from '@redress/hazards';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class OfferAlternativeAccommodationRequest extends HazardStepRequest {
  @ApiProperty({ description: 'The accommodation offered', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  accommodation!: string;

  @ApiProperty({ description: 'Why the home cannot be made safe in time', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  reason!: string;

  @ApiProperty({ description: "At the landlord's cost: must be true" })
  @IsBoolean()
  atLandlordsCost!: boolean;

  @ApiProperty({ enum: ACCOMMODATION_ANSWERS, description: "The resident's answer so far" })
  @IsIn(ACCOMMODATION_ANSWERS)
  answer!: AccommodationAnswer;
}
