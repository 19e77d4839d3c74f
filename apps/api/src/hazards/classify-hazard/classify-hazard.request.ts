import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import {
  HAZARD_CATEGORIES,
  HHSRS_HAZARDS,
  type HazardCategory,
  type HazardType,
} from '@redress/hazards';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class ClassifyHazardRequest extends HazardStepRequest {
  @ApiProperty({
    enum: HAZARD_CATEGORIES,
    description:
      'EMERGENCY: investigate and make safe within 24 hours; SIGNIFICANT: the working-day clocks',
  })
  @IsIn(HAZARD_CATEGORIES)
  category!: HazardCategory;

  @ApiProperty({
    enum: HHSRS_HAZARDS,
    description:
      'The HHSRS hazard; it must be one the policy in force on the day of awareness lists',
  })
  @IsIn(HHSRS_HAZARDS)
  hazardType!: HazardType;

  @ApiProperty({ description: 'Why it was classified so', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}
