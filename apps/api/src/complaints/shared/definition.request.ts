import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

export class IssueRequest {
  @ApiProperty({
    description: 'One point of complaint, as the landlord understands it',
    maxLength: 2000,
  })
  @IsString()
  @Length(1, 2000)
  summary!: string;
}

/** The landlord's understanding of the complaint (CHC 5.6, 6.2, 6.11). */
export class DefinitionRequest {
  @ApiProperty({ type: [IssueRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IssueRequest)
  issues!: IssueRequest[];

  @ApiProperty({ type: [String], description: 'The outcomes the resident seeks (may be empty)' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  outcomesSought!: string[];

  @ApiPropertyOptional({ description: 'What the landlord is not responsible for', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notResponsibleFor?: string;
}
