import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsReportingYear } from './reporting-year.validator';

export class YearRequest {
  @ApiPropertyOptional({
    description: 'Reporting year (1 April to 31 March); the current one by default',
    example: '2023/24',
  })
  @IsOptional()
  @IsReportingYear()
  year?: string;
}
