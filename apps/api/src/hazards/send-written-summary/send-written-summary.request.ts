import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class SendWrittenSummaryRequest extends HazardStepRequest {
  @ApiProperty({
    description: 'How it was given to the tenant, e.g. letter or email',
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  method!: string;

  @ApiProperty({ description: 'The summary of the findings as sent', maxLength: 20000 })
  @IsString()
  @Length(1, 20000)
  summary!: string;
}
