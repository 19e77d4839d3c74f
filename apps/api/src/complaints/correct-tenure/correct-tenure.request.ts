import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { TENURES, type Tenure } from '@redress/complaints';
import { DatedRequest } from '../shared/dated.request';

export class CorrectTenureRequest extends DatedRequest {
  @ApiProperty({
    enum: TENURES,
    description:
      'The stock type the complaint is reported under in the TSMs (RSH CH01–CH02): LCRA, LCHO or OTHER (not in the TSMs)',
  })
  @IsIn(TENURES)
  tenure!: Tenure;

  @ApiProperty({ description: 'Why the tenure recorded at receipt was wrong', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
