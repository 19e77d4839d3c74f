import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { DatedRequest } from '../shared/dated.request';
import { FindingRequest } from '../shared/finding.request';

export class RecordOmbudsmanDeterminationRequest extends DatedRequest {
  @ApiPropertyOptional({ description: "The Ombudsman's case reference", maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ombudsmanReference?: string;

  @ApiProperty({
    type: [FindingRequest],
    description: "One finding per issue; the case roll-up follows the Ombudsman's own",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingRequest)
  findings!: FindingRequest[];
}
