import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class ReassignHandlerRequest extends DatedRequest {
  @ApiProperty({
    description:
      'The new handler of the stage awaiting a response; at Stage 2 not anyone who considered Stage 1 (CHC 6.13)',
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  handlerId!: string;

  @ApiProperty({ description: 'Why the handler changes', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
