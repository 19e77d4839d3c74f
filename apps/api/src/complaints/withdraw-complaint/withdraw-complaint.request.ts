import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class WithdrawComplaintRequest extends DatedRequest {
  @ApiPropertyOptional({ description: 'What the resident said, if anything', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
