import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { DatedRequest } from '../../complaints/shared/dated.request';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

export class TakeServiceRequestInHandRequest extends DatedRequest {
  @ApiProperty({ description: 'Who is dealing with it', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  assignee!: string;

  @ApiPropertyOptional({
    description: 'When the work is planned for (YYYY-MM-DD)',
    example: '2025-11-10',
  })
  @IsOptional()
  @IsLocalDate()
  plannedFor?: string;
}
