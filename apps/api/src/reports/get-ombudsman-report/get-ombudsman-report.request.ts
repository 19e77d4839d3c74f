import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';
import { YearRequest } from '../shared/year.request';

export class GetOmbudsmanReportRequest extends YearRequest {
  @ApiPropertyOptional({
    description:
      'Judge orders open, complied or overdue as of this date (today, or the year end if earlier)',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
