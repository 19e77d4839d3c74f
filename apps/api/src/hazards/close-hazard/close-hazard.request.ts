import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class CloseHazardRequest extends HazardStepRequest {
  @ApiProperty({ description: 'How the case ended', maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  summary!: string;
}
