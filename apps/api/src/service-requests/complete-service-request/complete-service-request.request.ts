import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { DatedRequest } from '../../complaints/shared/dated.request';

export class CompleteServiceRequestRequest extends DatedRequest {
  @ApiProperty({ description: 'What was done to put it right', maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  outcome!: string;
}
