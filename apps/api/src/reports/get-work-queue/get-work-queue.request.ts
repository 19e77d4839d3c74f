import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsLocalDate } from '../../complaints/shared/local-date.validator';

export class GetWorkQueueRequest {
  @ApiPropertyOptional({
    description: 'Judge red / amber / green as of this date (today by default)',
    example: '2025-05-06',
  })
  @IsOptional()
  @IsLocalDate()
  asOf?: string;

  @ApiPropertyOptional({ description: "Only this handler's complaints" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  handler?: string;
}
