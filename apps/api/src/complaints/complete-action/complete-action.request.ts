import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class CompleteActionRequest extends DatedRequest {
  @ApiProperty({
    description:
      'The remedy, outstanding action or learning action, by the id the complaint gave it (CHC 7.3: followed through to completion)',
    maxLength: 100,
    example: 'S1-R1',
  })
  @IsString()
  @Length(1, 100)
  actionId!: string;

  @ApiPropertyOptional({ description: 'How it was done', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  evidence?: string;
}
