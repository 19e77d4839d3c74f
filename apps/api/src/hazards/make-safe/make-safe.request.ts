import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class MakeSafeRequest extends HazardStepRequest {
  @ApiProperty({ description: 'The emergency action that made the home safe', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  action!: string;
}
