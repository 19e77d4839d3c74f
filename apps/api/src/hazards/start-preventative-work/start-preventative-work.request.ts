import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class StartPreventativeWorkRequest extends HazardStepRequest {
  @ApiProperty({ description: 'The preventative work physically started', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  work!: string;

  @ApiProperty({
    description: 'The date the landlord sets for completing it ("a reasonable time", Reg 13(4))',
    example: '2026-01-30',
  })
  @IsLocalDate()
  targetCompletionOn!: string;
}
