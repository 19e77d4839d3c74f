import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class RecordOrderComplianceRequest extends DatedRequest {
  @ApiProperty({
    description: 'The order, by the id it was recorded with',
    maxLength: 100,
    example: 'O1',
  })
  @IsString()
  @Length(1, 100)
  orderId!: string;

  @ApiProperty({
    description:
      'The evidence of compliance the Ombudsman asks for; progress is reported to the governing body (CHC 9.7)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  evidence!: string;
}
