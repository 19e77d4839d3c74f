import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DatedRequest } from '../shared/dated.request';
import { DefinitionRequest } from '../shared/definition.request';

export class AcknowledgeStage1Request extends DatedRequest {
  @ApiProperty({ description: 'Who handles Stage 1', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  handlerId!: string;

  @ApiProperty({ type: DefinitionRequest, description: 'The complaint definition (CHC 6.2)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => DefinitionRequest)
  definition!: DefinitionRequest;
}
