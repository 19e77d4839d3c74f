import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class CompleteSafetyWorkRequest extends HazardStepRequest {
  @ApiProperty({ description: 'The relevant safety work done', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  work!: string;
}
