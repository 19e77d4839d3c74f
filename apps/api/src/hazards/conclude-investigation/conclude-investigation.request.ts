import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { FINDINGS, type Finding } from '@redress/hazards';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class ConcludeInvestigationRequest extends HazardStepRequest {
  @ApiProperty({ enum: FINDINGS, description: 'A hazard, or none (which closes the case)' })
  @IsIn(FINDINGS)
  finding!: Finding;

  @ApiProperty({
    description: 'The reasons for the finding (SI 2025/1042 Reg 9)',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  reasons!: string;

  @ApiPropertyOptional({
    description:
      'Supplementary preventative work is needed (SI 2025/1042 Reg 13); false by default',
  })
  @IsOptional()
  @IsBoolean()
  preventativeWorkRequired?: boolean;
}
