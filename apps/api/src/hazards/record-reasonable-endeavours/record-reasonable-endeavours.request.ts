import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { HAZARD_STEPS, type HazardStep } from '@redress/hazards';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class RecordReasonableEndeavoursRequest extends HazardStepRequest {
  @ApiProperty({ enum: HAZARD_STEPS, description: 'The step with a clock the defence is for' })
  @IsIn(HAZARD_STEPS)
  step!: HazardStep;

  @ApiProperty({
    description: 'What the landlord did, and why the clock could not be met',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  explanation!: string;

  @ApiProperty({
    type: [String],
    description: 'The evidence: documents, visits, letters (one at least)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  evidence!: string[];
}
