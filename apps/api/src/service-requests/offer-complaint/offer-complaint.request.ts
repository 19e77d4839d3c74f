import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { DatedRequest } from '../../complaints/shared/dated.request';

export class OfferComplaintRequest extends DatedRequest {
  @ApiProperty({
    description: 'What the resident is dissatisfied with, in their words (CHC 1.3)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  dissatisfaction!: string;
}
