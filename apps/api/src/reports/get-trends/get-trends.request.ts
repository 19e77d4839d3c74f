import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

export class GetTrendsRequest {
  @ApiPropertyOptional({
    enum: ['month', 'quarter', 'year'],
    default: 'month',
    description: 'Quarters and years are financial (from 1 April)',
  })
  @IsOptional()
  @IsIn(['month', 'quarter', 'year'], { message: 'granularity must be month, quarter or year' })
  granularity?: 'month' | 'quarter' | 'year';

  @ApiPropertyOptional({ description: 'Window start (YYYY-MM-DD); the whole history by default' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Window end (YYYY-MM-DD)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
