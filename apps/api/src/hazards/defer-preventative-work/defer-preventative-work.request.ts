import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class DeferPreventativeWorkRequest extends HazardStepRequest {
  @ApiProperty({
    description: 'Why beginning within 5 working days is not reasonably practicable (Reg 13(3))',
    maxLength: 5000,
  })
  @IsString()
  @Length(1, 5000)
  notReasonablyPracticableReason!: string;
}
