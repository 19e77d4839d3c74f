import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';
import { YearRequest } from './year.request';

export class YearAsOfRequest extends YearRequest {
  @ApiPropertyOptional({
    description:
      'Judge open clocks as of this date (today, or the day after the year ends if earlier)',
    example: '2026-06-01',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
