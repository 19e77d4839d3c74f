import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { YearRequest } from '../shared/year.request';

export class GetTsmRequest extends YearRequest {
  @ApiPropertyOptional({
    description: 'Homes at the year end, overriding REDRESS_HOMES for this request',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'homes must be a whole number' })
  @Min(1)
  @Max(10_000_000)
  homes?: number;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'Whether a properly notified extension counts as within timescale (REDRESS_TSM_EXTENSIONS_IN_TIME by default)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'extensionsInTime must be true or false' })
  extensionsInTime?: 'true' | 'false';
}
