import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class CompletePreventativeWorkRequest extends HazardStepRequest {
  @ApiProperty({ description: 'The preventative work completed', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  work!: string;
}
