import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';
import { DatedRequest } from '../shared/dated.request';

export class RaiseAdditionalIssueRequest extends DatedRequest {
  @ApiProperty({ description: 'The new point of complaint', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  summary!: string;

  @ApiProperty({
    description:
      'Related to the complaint under way; an unrelated issue, or one raised after the response, is logged as a new complaint',
  })
  @IsBoolean()
  related!: boolean;
}
