import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { OMBUDSMAN_FINDINGS, type OmbudsmanFinding } from '@redress/complaints';

/** The Ombudsman determines each issue separately (HOS guidance on outcomes). */
export class FindingRequest {
  @ApiProperty({ description: 'The issue, as the determination names it', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  issue!: string;

  @ApiProperty({ enum: OMBUDSMAN_FINDINGS, description: 'One of the eight findings' })
  @IsIn(OMBUDSMAN_FINDINGS)
  finding!: OmbudsmanFinding;
}
