import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from './local-date.validator';

export class AsOfQuery {
  @ApiPropertyOptional({
    description: 'Judge deadlines as of this date (YYYY-MM-DD); today by default',
    example: '2025-05-01',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
