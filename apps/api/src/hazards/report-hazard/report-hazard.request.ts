import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { AWARENESS_ROUTES, TENURES, type AwarenessRoute, type Tenure } from '@redress/hazards';
import { HazardStepRequest } from '../shared/hazard-step.request';

/** `at` is the instant the landlord became aware, by whatever route: every clock starts there. */
export class ReportHazardRequest extends HazardStepRequest {
  @ApiProperty({ enum: AWARENESS_ROUTES, description: 'How the landlord became aware' })
  @IsIn(AWARENESS_ROUTES)
  route!: AwarenessRoute;

  @ApiProperty({
    enum: TENURES,
    description:
      "The occupier's tenure: it decides whether the Awaab's Law clocks apply (social rented tenancies only), and the decision is recorded",
  })
  @IsIn(TENURES)
  tenure!: Tenure;

  @ApiProperty({
    description: "The resident's reference in the landlord's housing system",
    maxLength: 100,
  })
  @IsString()
  @Length(1, 100)
  residentRef!: string;

  @ApiProperty({ description: "The property's reference", maxLength: 100 })
  @IsString()
  @Length(1, 100)
  propertyRef!: string;

  @ApiProperty({
    description: 'The potential hazard in the words it was reported',
    maxLength: 20000,
  })
  @IsString()
  @Length(1, 20000)
  description!: string;

  @ApiPropertyOptional({
    description:
      'The complaint it was reported in (required when route is COMPLAINT); the link is recorded on the complaint too',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  complaintId?: string;
}
