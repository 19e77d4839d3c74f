import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

export class GetOpenHazardsRequest {
  @ApiPropertyOptional({ description: 'The hazards open on this date (today by default)' })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;
}
