import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { YearRequest } from '../shared/year.request';

export class GetLearningLogRequest extends YearRequest {
  @ApiPropertyOptional({ example: 'PROPERTY_CONDITION' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  category?: string;

  @ApiPropertyOptional({ example: 'CONTRACTOR_PERFORMANCE' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  rootCause?: string;
}
