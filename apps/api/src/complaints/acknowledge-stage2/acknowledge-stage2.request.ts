import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DatedRequest } from '../shared/dated.request';
import { DefinitionRequest } from '../shared/definition.request';

export class AcknowledgeStage2Request extends DatedRequest {
  @ApiProperty({
    description:
      'Who handles Stage 2: not anyone who considered the complaint at Stage 1 (CHC 6.13)',
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  handlerId!: string;

  @ApiProperty({
    type: DefinitionRequest,
    description: 'The Stage 2 definition: what is still unresolved (CHC 6.11)',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => DefinitionRequest)
  definition!: DefinitionRequest;
}
